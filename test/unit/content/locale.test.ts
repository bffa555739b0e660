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
import { mapNotes, muscles } from '../../../src/content/trigger-points.js';
import { mapNotesEs, musclesEs } from '../../../src/content/es/trigger-points.js';
import { bodyAreas } from '../../../src/content/body-areas.js';
import { bodyAreaLabelsEs } from '../../../src/content/es/body-areas.js';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';

/** Rendered text, without the bibliography (references stay in their original language). */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && (node.localName === 'script' || node.localName === 'style' || node.classList.contains('pt-sources'))) return '';
  let out = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  for (const child of Array.from(node.childNodes)) out += deepText(child);
  return out.replace(/\s+/g, ' ');
}

/** Waits (up to ~3 s) until the element's text includes every one of `words`: Spanish content arrives by dynamic import(). */
async function waitForText(el: Element, words: string | readonly string[]): Promise<string> {
  const all = ([] as string[]).concat(words);
  for (let i = 0; i < 60; i++) {
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    const text = deepText(el);
    if (all.every((w) => text.includes(w))) return text;
    await aTimeout(50);
  }
  return deepText(el);
}

interface Case {
  tag: string;
  make: () => Element;
  /** The same places in the widget (a UI word and content), in each language. */
  en: readonly string[];
  es: readonly string[];
}

const area = bodyAreas.find((a) => a.id === 'top-of-head')!;
const cases: Case[] = [
  { tag: 'pt-gate-control', make: () => document.createElement('pt-gate-control'), en: [gateEn.title, gateEn.intro.text], es: [gateEs.title, gateEs.intro.text] },
  {
    tag: 'pt-technique-compare',
    make: () => document.createElement('pt-technique-compare'),
    en: [techniqueStrings.en.title, techniques['soft-tissue'].summary.text],
    es: [techniqueStrings.es.title, techniquesEs['soft-tissue'].summary],
  },
  {
    tag: 'pt-technique-card',
    make: () => Object.assign(document.createElement('pt-technique-card'), { technique: 'swedish' }),
    en: [techniques.swedish.summary.text, techniqueStrings.en.questions.summary],
    es: [techniquesEs.swedish.summary, techniqueStrings.es.questions.summary],
  },
  {
    tag: 'pt-trigger-point-map',
    make: () => document.createElement('pt-trigger-point-map'),
    en: [mapStrings.en.intro, muscles[0]!.name, area.label, mapNotes.urgent.text],
    es: [mapStrings.es.intro, musclesEs[muscles[0]!.id].name, bodyAreaLabelsEs['top-of-head'], mapNotesEs.urgent],
  },
];

const missing = (text: string, words: readonly string[]): string[] => words.filter((w) => !text.includes(w));
const present = (text: string, words: readonly string[]): string[] => words.filter((w) => text.includes(w));

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
        expect(missing(text, c.es), 'Spanish text missing').to.deep.equal([]);
        expect(present(text, c.en), 'English text still shown').to.deep.equal([]);
        expect(text, 'Spanish disclaimer').to.include(coreStrings.es.disclaimer);
        // Spanish defaults to es-US number style (issue 12): a decimal point, as US and Latin American readers write.
        expect(text, 'a decimal comma in es-US Spanish text').not.to.match(/\d,\d(?!\d\d)/);
        expect(text, 'the safety line in Spanish').to.include(coreStrings.es.safety);
        expect(text).not.to.include(coreStrings.en.disclaimer);

        wrapper.lang = 'en';
        text = await waitForText(el, c.en);
        expect(missing(text, c.en), 'English after switching back').to.deep.equal([]);
        expect(text).to.include(coreStrings.en.disclaimer);
        expect(present(text, c.es), 'Spanish still shown').to.deep.equal([]);

        wrapper.lang = 'es';
        text = await waitForText(el, c.es);
        expect(missing(text, c.es), 'Spanish again').to.deep.equal([]);
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
