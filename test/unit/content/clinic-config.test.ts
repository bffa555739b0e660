// Cross-widget clinic config: each example in docs/clinic-config.md renders without a warning and shows the
// clinic's words, clinic text is shown as text (markup stays literal), and a bad field gives one warning in
// the documented `[pt-<tag>] <what> — valid: <values>` shape while the rest of the config still applies.
import { expect, fixture, aTimeout } from '@open-wc/testing';
import { captureConsole } from '../../helpers/console.js';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import '../../../src/widgets/visit-guide/pt-visit-guide.js';

const TAGS = ['pt-gate-control', 'pt-technique-compare', 'pt-technique-card', 'pt-trigger-point-map', 'pt-visit-guide'] as const;

/** Text of an element and every open shadow root under it (what a reader can see, roughly). */
function deepText(node: Node): string {
  let out = '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && (node.localName === 'script' || node.localName === 'style')) return '';
  if (node instanceof Element && node.shadowRoot) out += deepText(node.shadowRoot);
  for (const child of Array.from(node.childNodes)) out += deepText(child);
  // Slotted light-DOM text is counted where it is assigned; light DOM of hosts is read above too.
  return out;
}

/** Every element in the element's shadow trees (to look for markup that should not be there). */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

async function settle(el: Element): Promise<void> {
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await aTimeout(50);
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

const ptMessages = (c: { warnings: string[]; errors: string[] }): string[] => [...c.warnings, ...c.errors].filter((m) => m.includes('[pt-'));

describe('clinic config: the documented examples', () => {
  let examples: { tag: string; html: string; config: Record<string, unknown> }[] = [];

  before(async () => {
    const md = await (await fetch('/docs/clinic-config.md')).text();
    examples = [...md.matchAll(/```html\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .map((html) => ({
        tag: /<(pt-[a-z-]+)/.exec(html)![1]!,
        html,
        config: JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}') as Record<string, unknown>,
      }))
      .filter((e) => Object.keys(e.config).length > 1);
  });

  it('cover every widget', () => {
    expect([...new Set(examples.map((e) => e.tag))].sort()).to.deep.equal([...TAGS].sort());
  });

  for (const tag of TAGS) {
    it(`<${tag}> example renders with no warning and shows the clinic's words`, async () => {
      const ex = examples.find((e) => e.tag === tag)!;
      const c = captureConsole();
      let el: Element;
      try {
        el = await fixture(ex.html);
        await settle(el);
      } finally {
        c.restore();
      }
      expect(ptMessages(c), 'warnings').to.deep.equal([]);
      const cfg = ex.config as { title?: string; disclaimer?: string; techniques?: Record<string, { name?: string }>; addTechniques?: { name: string }[] };
      const expected = [cfg.title, cfg.disclaimer, cfg.addTechniques?.[0]?.name, Object.values(cfg.techniques ?? {})[0]?.name].filter(
        (x): x is string => typeof x === 'string',
      );
      expect(expected.length).to.be.greaterThan(0);
      const text = deepText(el!).replace(/\s+/g, ' ');
      for (const words of expected) expect(text, `"${words}" on screen`).to.include(words);
    });
  }
});

describe('clinic config: text is shown as text', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows markup in a clinic disclaimer literally, and creates no element from it`, async () => {
      const markup = '<b id="pt-injected">Bold</b> <img id="pt-injected-img" src="x">';
      const attr = tag === 'pt-technique-card' ? ' technique="swedish"' : '';
      const c = captureConsole();
      let el: Element;
      try {
        el = await fixture(`<${tag}${attr}><script type="application/json">${JSON.stringify({ disclaimer: markup })}</script></${tag}>`);
        await settle(el);
      } finally {
        c.restore();
      }
      expect(ptMessages(c)).to.deep.equal([]);
      const root = el!.shadowRoot!;
      expect(deepElements(root).filter((e) => e.id.startsWith('pt-injected'))).to.deep.equal([]);
      expect(deepText(el!)).to.include('<b id="pt-injected">Bold</b>');
    });
  }
});

describe('clinic config: one clear warning per bad field, the rest still applies', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: an unknown key is named in the documented format; the disclaimer still changes`, async () => {
      const attr = tag === 'pt-technique-card' ? ' technique="swedish"' : '';
      const c = captureConsole();
      let el: Element;
      try {
        el = await fixture(
          `<${tag}${attr}><script type="application/json">${JSON.stringify({ colour: 'red', disclaimer: 'Ask Riverside Clinic.' })}</script></${tag}>`,
        );
        await settle(el);
      } finally {
        c.restore();
      }
      const messages = ptMessages(c);
      expect(messages, messages.join('\n')).to.have.length(1);
      expect(messages[0]).to.match(new RegExp(`^\\[${tag}\\] config\\.colour .+ — valid: .*disclaimer`));
      expect(deepText(el!)).to.include('Ask Riverside Clinic.');
    });

    it(`<${tag}>: broken JSON gives one warning and the built-in content`, async () => {
      const attr = tag === 'pt-technique-card' ? ' technique="swedish"' : '';
      const c = captureConsole();
      let el: Element;
      try {
        el = await fixture(`<${tag}${attr}><script type="application/json">{ "disclaimer": "oops", }</script></${tag}>`);
        await settle(el);
      } finally {
        c.restore();
      }
      const messages = ptMessages(c);
      expect(messages, messages.join('\n')).to.have.length(1);
      expect(messages[0]).to.match(new RegExp(`^\\[${tag}\\] config .*not valid JSON.* — valid: `));
      expect(deepText(el!)).to.include('not a diagnosis');
    });
  }
});
