// Every widget as a browser without CSS light-dark() sees it (Safari < 17.5, Firefox < 120, Chrome < 123):
// each widget is defined again under a test tag with its stylesheets' light-dark( renamed to an unknown
// function, so this browser drops or invalidates them exactly as an old one does, and CSS.supports() says
// "no" for light-dark. The plain fallback values must then give the light theme, or the dark one on a dark
// page, with theme="dark" and with theme="auto" on a dark system, with AA contrast.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeCSS, type CSSResult } from 'lit';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import '../../../src/widgets/visit-guide/pt-visit-guide.js';
import type { PtElement } from '../../../src/core/pt-element.js';
import { THEME_TOKENS } from '../../../src/core/theme.css.js';
import { schemeOf } from '../../../src/core/scheme-fallback.js';
import { expectAxeClean } from '../../helpers/a11y.js';

const WIDGETS = [
  ['pt-gate-control', ''],
  ['pt-technique-card', 'technique="trigger-point-therapy"'],
  ['pt-technique-compare', ''],
  ['pt-trigger-point-map', ''],
  ['pt-visit-guide', ''],
] as const;

type Scheme = 'light' | 'dark';

/** A stylesheet's text as a browser without light-dark() parses it; `keepFallback: false` also drops the fallback block. */
function withoutLightDark(cssText: string, keepFallback = true): string {
  const text = cssText.replaceAll('light-dark(', 'no-light-dark(');
  return keepFallback ? text : text.replaceAll('@supports not (color:no-light-dark(#000,#fff))', '@supports (color:no-such-colour)');
}

/** Defines `<tag>-legacy` (or `-bare`): the widget's class with its styles as an old browser reads them. */
function legacyTag(tag: string, keepFallback = true): string {
  const name = `${tag}-${keepFallback ? 'legacy' : 'bare'}`;
  if (!customElements.get(name)) {
    const base = customElements.get(tag) as unknown as typeof PtElement;
    const styles = base.elementStyles.map((s) => unsafeCSS(withoutLightDark((s as CSSResult).cssText, keepFallback)));
    customElements.define(name, class extends base {
      static override styles = styles;
    });
  }
  return name;
}

const realSupports = CSS.supports.bind(CSS);
/** CSS.supports() as an old browser answers it: no light-dark(). */
function stubSupports(): void {
  CSS.supports = ((...args: [string, string?]) =>
    args.join(' ').includes('light-dark') ? false : realSupports(...(args as [string, string]))) as typeof CSS.supports;
}

async function renderLegacy(attrs = '', wrapStyle = '', keepFallback = true): Promise<PtElement[]> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
  if (wrapStyle) wrap.style.cssText += wrapStyle;
  wrap.innerHTML = WIDGETS.map(([tag, own]) => {
    const name = legacyTag(tag, keepFallback);
    return `<${name} ${own} ${attrs}></${name}>`;
  }).join('');
  const els = Array.from(wrap.children) as PtElement[];
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

// WCAG 2.x relative luminance and contrast of #rrggbb or rgb() colours.
const channels = (c: string): number[] =>
  c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
const luminance = (c: string): number => {
  const [r, g, b] = channels(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const rgb = (hex: string): string => `rgb(${channels(hex).join(', ')})`;
const expected = (name: string, scheme: Scheme): string => {
  const token = THEME_TOKENS.find(([n]) => n === name)!;
  return scheme === 'light' ? token[1] : token[2];
};

/** Every token resolves to its plain value for `scheme`, the root paints with them, and the pairs reach AA. */
function expectScheme(els: PtElement[], scheme: Scheme, why: string): void {
  for (const el of els) {
    const host = getComputedStyle(el);
    const tokens = Object.fromEntries(THEME_TOKENS.map(([name]) => [name, host.getPropertyValue(name).trim().toLowerCase()]));
    expect(tokens, `${el.localName}, ${why}`).to.deep.equal(Object.fromEntries(THEME_TOKENS.map(([name]) => [name, expected(name, scheme)])));
    const root = getComputedStyle(el.shadowRoot!.querySelector('.pt-root')!);
    expect([root.backgroundColor, root.color], `${el.localName} root colours, ${why}`).to.deep.equal([
      rgb(expected('--_surface', scheme)),
      rgb(expected('--_text', scheme)),
    ]);
    const t = tokens;
    const pairs: [string, string, string, number][] = [
      ['text on surface', t['--_text'], t['--_surface'], 4.5],
      ['text on surface-2', t['--_text'], t['--_surface-2'], 4.5],
      ['muted on surface', t['--_muted'], t['--_surface'], 4.5],
      ['muted on surface-2', t['--_muted'], t['--_surface-2'], 4.5],
      ['warning on surface', t['--_warning'], t['--_surface'], 4.5],
      ['on-accent on accent', t['--_on-accent'], t['--_accent'], 4.5],
      ['accent on surface (controls)', t['--_accent'], t['--_surface'], 3],
      ['focus ring on surface', t['--_focus'], t['--_surface'], 3],
      ['border on surface', t['--_border'], t['--_surface'], 3],
    ];
    for (const [what, fg, bg, need] of pairs) {
      expect(contrast(fg, bg), `${el.localName} ${scheme}: ${what} ${fg} on ${bg}`).to.be.at.least(need);
    }
    // The gate control's diagram has tokens of its own, with the same fallback.
    const cord = el.shadowRoot!.querySelector('.cord');
    if (cord) expect(getComputedStyle(cord).fill, `gate diagram, ${why}`).to.equal(scheme === 'light' ? 'rgb(238, 242, 245)' : 'rgb(27, 37, 48)');
  }
  expect(els.some((el) => el.shadowRoot!.querySelector('.cord')), 'the gate diagram was not drawn').to.equal(true);
}

const isChromium = /Chrome\//.test(navigator.userAgent);

describe('theme without light-dark(): plain fallback colours in every widget', () => {
  const root = document.documentElement;
  let meta: HTMLMetaElement | undefined;
  beforeEach(stubSupports);
  afterEach(async () => {
    CSS.supports = realSupports;
    fixtureCleanup();
    root.style.colorScheme = '';
    meta?.remove();
    meta = undefined;
    if (isChromium) await emulateMedia({ colorScheme: 'light' });
  });

  it('the simulation drops light-dark(): without the fallback block the widgets have no colours of their own', async () => {
    const els = await renderLegacy('', '', false);
    for (const el of els) {
      const bg = getComputedStyle(el.shadowRoot!.querySelector('.pt-root')!).backgroundColor;
      expect(bg, `${el.localName} kept a background without light-dark()`).to.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('is light, with AA contrast, on a page that declares nothing (even for a reader whose system is dark)', async () => {
    if (isChromium) await emulateMedia({ colorScheme: 'dark' });
    const els = await renderLegacy();
    expect(els.map((el) => el.dataset.ptScheme)).to.deep.equal(WIDGETS.map(() => 'light'));
    expectScheme(els, 'light', 'page declares nothing');
  });

  it('is dark, with AA contrast and axe-clean, on a page whose :root declares color-scheme: dark', async function () {
    this.timeout(90000); // axe-core on five widgets
    root.style.colorScheme = 'dark';
    const els = await renderLegacy();
    expect(els.map((el) => el.dataset.ptScheme)).to.deep.equal(WIDGETS.map(() => 'dark'));
    expectScheme(els, 'dark', ':root dark');
    for (const el of els) await expectAxeClean(el, `${el.localName} without light-dark() on a dark page`);
  });

  it('follows a dark ancestor and <meta name="color-scheme" content="dark">', async () => {
    expectScheme(await renderLegacy('', 'color-scheme: dark'), 'dark', 'dark ancestor');
    fixtureCleanup();
    meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    expectScheme(await renderLegacy(), 'dark', 'meta dark');
  });

  it('theme="dark" wins over a light page and theme="light" over a dark one', async () => {
    expectScheme(await renderLegacy('theme="dark"'), 'dark', 'theme=dark, page light');
    fixtureCleanup();
    root.style.colorScheme = 'dark';
    expectScheme(await renderLegacy('theme="light"'), 'light', 'theme=light, page dark');
  });

  it('theme="auto" follows the reader\'s system (Chromium: the only engine whose media can be emulated per test)', async function () {
    if (!isChromium) this.skip();
    root.style.colorScheme = 'dark';
    const els = await renderLegacy('theme="auto"');
    expectScheme(els, 'light', 'auto, system light, page dark');
    await emulateMedia({ colorScheme: 'dark' });
    expectScheme(els, 'dark', 'auto, system dark');
  });

  it('prints light on white even with theme="dark" (Chromium: print media emulated)', async function () {
    if (!isChromium) this.skip();
    const els = await renderLegacy('theme="dark"');
    await emulateMedia({ media: 'print' });
    try {
      for (const el of els) {
        const host = getComputedStyle(el);
        expect([host.getPropertyValue('--_surface').trim(), host.getPropertyValue('--_text').trim()], el.localName).to.deep.equal(['#fff', '#000']);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('theme fallback: what the widget reads from the page', () => {
  it('maps color-scheme values to the scheme the page shows', () => {
    expect(['normal', 'light', 'dark', 'only dark', 'light dark', 'dark light'].map((v) => schemeOf(v, false))).to.deep.equal([
      'light',
      'light',
      'dark',
      'dark',
      'light',
      'light',
    ]);
    expect(['normal', 'light', 'light dark'].map((v) => schemeOf(v, true))).to.deep.equal(['light', 'light', 'dark']);
  });

  it('in a browser with light-dark() the CSS alone follows the page: no data-pt-scheme is written', async () => {
    const el = await fixture<PtElement>(html`<pt-gate-control></pt-gate-control>`);
    expect(CSS.supports('color', 'light-dark(#000, #fff)')).to.equal(true);
    expect(el.hasAttribute('data-pt-scheme')).to.equal(false);
  });
});
