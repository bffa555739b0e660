// lang="es" on an ancestor switches every widget to Spanish (UI words, content, disclaimer, Intl numbers),
// and switching the ancestor's lang back and forth re-renders in place. Checked on the rendered text.
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { captureConsole } from '../../helpers/console.js';
import { coreStrings } from '../../../src/core/strings.js';
import { gateControl as gateEn } from '../../../src/content/gate-control.js';
import { gateControl as gateEs } from '../../../src/content/es/gate-control.js';
import { techniques } from '../../../src/content/techniques.js';
import { techniquesEs } from '../../../src/content/es/techniques.js';
import { techniqueStrings } from '../../../src/widgets/technique-compare/strings.js';
import { mapStrings } from '../../../src/widgets/trigger-point-map/strings.js';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';

function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && (node.localName === 'script' || node.localName === 'style')) return '';
  let out = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  for (const child of Array.from(node.childNodes)) out += deepText(child);
  return out.replace(/\s+/g, ' ');
}

/** Waits (up to ~3 s) until the element's text includes `words`: Spanish content arrives by dynamic import(). */
async function waitForText(el: Element, words: string): Promise<string> {
  for (let i = 0; i < 60; i++) {
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    const text = deepText(el);
    if (text.includes(words)) return text;
    await aTimeout(50);
  }
  return deepText(el);
}

interface Case {
  tag: string;
  make: () => Element;
  /** The same place in the widget, in each language. */
  en: string;
  es: string;
}

const cases: Case[] = [
  { tag: 'pt-gate-control', make: () => document.createElement('pt-gate-control'), en: gateEn.title, es: gateEs.title },
  { tag: 'pt-technique-compare', make: () => document.createElement('pt-technique-compare'), en: techniqueStrings.en.title, es: techniqueStrings.es.title },
  {
    tag: 'pt-technique-card',
    make: () => Object.assign(document.createElement('pt-technique-card'), { technique: 'swedish' }),
    en: techniques.swedish.summary.text,
    es: techniquesEs.swedish.summary,
  },
  { tag: 'pt-trigger-point-map', make: () => document.createElement('pt-trigger-point-map'), en: mapStrings.en.intro, es: mapStrings.es.intro },
];

describe('locale: lang="es" on an ancestor', () => {
  for (const c of cases) {
    it(`<${c.tag}> renders Spanish, with the Spanish disclaimer, and switches back and forth with the ancestor's lang`, async () => {
      const log = captureConsole();
      let wrapper: HTMLElement;
      let el: Element;
      try {
        wrapper = await fixture<HTMLElement>(html`<div lang="es"></div>`);
        el = c.make();
        wrapper.appendChild(el);
        let text = await waitForText(el, c.es);
        expect(text, 'Spanish content').to.include(c.es);
        expect(text, 'English content').not.to.include(c.en);
        expect(text, 'Spanish disclaimer').to.include(coreStrings.es.disclaimer);
        expect(text).not.to.include(coreStrings.en.disclaimer);

        wrapper.lang = 'en';
        text = await waitForText(el, c.en);
        expect(text, 'English after switching').to.include(c.en);
        expect(text).to.include(coreStrings.en.disclaimer);
        expect(text).not.to.include(c.es);

        wrapper.lang = 'es';
        text = await waitForText(el, c.es);
        expect(text, 'Spanish again').to.include(c.es);
      } finally {
        log.restore();
      }
      expect([...log.warnings, ...log.errors].filter((m) => m.includes('[pt-'))).to.deep.equal([]);
    });
  }

  it('<pt-technique-card> shows session length with Intl words for the locale (minutes / minutos)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><pt-technique-card technique="swedish"></pt-technique-card></div>`);
    const el = wrapper.firstElementChild!;
    const text = await waitForText(el, techniquesEs.swedish.summary);
    expect(text).to.match(/\d+\s?[-–]\s?\d+ minutos/);
    expect(text).not.to.match(/\bminutes\b/);
    wrapper.lang = 'en';
    expect(await waitForText(el, 'minutes')).to.match(/\d+–\d+ minutes/);
  });
});
