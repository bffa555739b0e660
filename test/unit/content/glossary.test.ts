// Plain words (issue 12): each technical term a widget uses is explained the first time the reader meets it,
// in the order the widget shows its text; jargon the review flagged is gone.
import { expect } from '@open-wc/testing';
import { bodyAreas } from '../../../src/content/body-areas.js';
import { bodyAreaLabelsEs } from '../../../src/content/es/body-areas.js';
import { gateControl as gateEs, gateUi as gateUiEs } from '../../../src/content/es/gate-control.js';
import { techniqueNotesEs, techniquesEs } from '../../../src/content/es/techniques.js';
import { mapNotesEs, musclesEs } from '../../../src/content/es/trigger-points.js';
import { gateControl, gateUi, GATE_PART_IDS, type GateControlContent, type GateUi } from '../../../src/content/gate-control.js';
import { TECHNIQUE_IDS, techniqueNotes, techniques, TISSUES, type TechniqueText } from '../../../src/content/techniques.js';
import { mapNotes, muscles } from '../../../src/content/trigger-points.js';
import { techniqueStrings } from '../../../src/widgets/technique-compare/strings.js';

interface Entry {
  term: RegExp;
  /** Must match the first string (in reading order) that uses the term. */
  explained: RegExp;
}

export const GLOSSARY: Record<'en' | 'es', Entry[]> = {
  en: [
    { term: /\bfascia\b/i, explained: /fascia(,|:| is| \()\s?(the )?thin (wrap|layer)/i },
    { term: /\blymph\b(?! nodes)/i, explained: /lymph \(a clear body fluid/i },
    { term: /\blymph nodes\b/i, explained: /lymph nodes \(small glands\)/i },
    { term: /\blymphedema\b/i, explained: /swelling[^.]*\(lymphedema\)|lymphedema \(swelling\)/i },
    { term: /\bsoft tissue\b/i, explained: /soft tissue(: your muscles|, such as muscles)/i },
    { term: /\bDVT\b/, explained: /blood clot \(DVT\)/ },
    { term: /\bosteoporosis\b/i, explained: /weak bones \(osteoporosis\)/i },
    { term: /\bvaricose veins\b/i, explained: /swollen, twisted veins \(varicose veins\)/i },
    { term: /\bendorphins\b/i, explained: /pain relievers \(endorphins\)/i },
    { term: /\brotator cuff\b/i, explained: /rotator cuff muscles? (that|,)/i },
    { term: /\bquadriceps\b/i, explained: /quadriceps, the big muscle/i },
    { term: /\bsciatica\b/i, explained: /sciatica, which is pain from/i },
    { term: /\btemporal arteritis\b/i, explained: /swollen artery in the head \(temporal arteritis\)/i },
  ],
  es: [
    { term: /\bfascia\b/i, explained: /fascia: la capa delgada|fascia \(la capa delgada/i },
    { term: /\blinfa\b/i, explained: /linfa \(un líquido claro/i },
    { term: /\bganglios\b/i, explained: /ganglios \(pequeñas glándulas\)/i },
    { term: /\blinfedema\b/i, explained: /hinchazón[^.]*\(linfedema\)|linfedema \(hinchazón\)/i },
    { term: /\btejidos? blandos?\b/i, explained: /tejidos blandos(: los músculos|,? rígidos, como músculos)/i },
    { term: /\btrombosis\b/i, explained: /coágulo de sangre \(trombosis venosa profunda\)/i },
    { term: /\bosteoporosis\b/i, explained: /huesos débiles \(osteoporosis\)/i },
    { term: /\bvárices\b/i, explained: /várices \(venas hinchadas/i },
    { term: /\bendorfinas\b/i, explained: /analgésicos propios del cuerpo \(endorfinas\)/i },
    { term: /\banticoagulantes\b/i, explained: /anticoagulantes \(medicinas/i },
    { term: /\barteritis temporal\b/i, explained: /arteria inflamada en la cabeza \(arteritis temporal\)/i },
  ],
};

/** Jargon the review found unexplained: it must not appear at all. */
const BANNED: Record<'en' | 'es', RegExp[]> = {
  en: [/\bpain input\b/i, /\bSI joint\b/, /very low to moderate quality/i, /\bHow long does it take\b/i],
  es: [/\bDolor que entra\b/i, /\bsacro y su unión\b/i],
};

/** First use of each glossary term that is not explained there. */
function unexplained(texts: readonly string[], lang: 'en' | 'es'): string[] {
  const out: string[] = [];
  for (const { term, explained } of GLOSSARY[lang]) {
    const first = texts.find((t) => term.test(t));
    if (first !== undefined && !explained.test(first)) out.push(`${term}: first used unexplained in "${first}"`);
  }
  return out;
}

// Reading order of each widget.
function techniqueCard(lang: 'en' | 'es', id: (typeof TECHNIQUE_IDS)[number]): string[] {
  const t = techniques[id];
  const text: TechniqueText =
    lang === 'es' ? techniquesEs[id] : { name: t.name, summary: t.summary.text, feels: t.feels.text, usedFor: t.usedFor.text, after: t.after.text, precautions: t.precautions.map((p) => p.text), evidence: t.evidence.text };
  const s = techniqueStrings[lang];
  const notes = lang === 'es' ? techniqueNotesEs : { precautions: techniqueNotes.precautions.text, myth: techniqueNotes.myth.text };
  return [
    s.questions.summary, text.summary, s.questions.feels, text.feels, ...(t.pressure === 'none' ? [s.noPressure] : []),
    s.questions.worksOn, ...t.worksOn.map((w) => s.tissues[w]), s.questions.usedFor, text.usedFor, s.questions.sessionMinutes,
    s.questions.after, text.after, s.questions.precautions, ...text.precautions, s.questions.evidence, text.evidence, notes.myth, notes.precautions,
  ];
}

function gate(c: GateControlContent, ui: GateUi): string[] {
  return [
    c.title, c.intro.text, ui.pain, ui.painHint, ui.touch, ui.touchHint, ui.brain, ...Object.values(ui.brainHints),
    ...GATE_PART_IDS.flatMap((id) => [c.parts[id].label, c.parts[id].role.text]),
    ...c.steps.flatMap((st) => [st.title, st.text.text]), ...c.note.items.map((i) => i.text), c.speeds.text,
  ];
}

function muscle(lang: 'en' | 'es', i: number): string[] {
  const m = muscles[i]!;
  if (lang === 'es') {
    const e = musclesEs[m.id];
    return [e.name, e.where, e.description, ...e.symptoms, e.selfCare, e.seekCare ?? '', mapNotesEs.urgent];
  }
  return [m.name, m.where, m.description.text, ...m.symptoms.map((x) => x.text), m.selfCare.text, m.seekCare?.text ?? '', mapNotes.urgent.text];
}

describe('glossary: the check itself', () => {
  it('flags a term first used without its explanation, and passes when the first use explains it', () => {
    expect(unexplained(['Work on the fascia.', 'fascia, the thin wrap around muscles'], 'en')).to.have.length(1);
    expect(unexplained(['fascia, the thin wrap around muscles', 'Work on the fascia.'], 'en')).to.deep.equal([]);
    expect(unexplained(['Tell us if you have a DVT.'], 'en')[0]).to.contain('DVT');
  });
});

describe('glossary: each technical term is explained the first time a widget uses it', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`technique card, every technique (${lang})`, () => {
      const problems = TECHNIQUE_IDS.flatMap((id) => unexplained(techniqueCard(lang, id), lang).map((p) => `${id}: ${p}`));
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
    it(`technique comparison, the "works on" labels explain themselves (${lang})`, () => {
      expect(unexplained(TISSUES.map((w) => techniqueStrings[lang].tissues[w]), lang)).to.deep.equal([]);
    });
    it(`gate control (${lang})`, () => {
      const texts = lang === 'es' ? gate(gateEs, gateUiEs) : gate(gateControl, gateUi);
      expect(unexplained(texts, lang)).to.deep.equal([]);
    });
    it(`trigger-point map, every muscle panel (${lang})`, () => {
      const problems = muscles.flatMap((m, i) => unexplained(muscle(lang, i), lang).map((p) => `${m.id}: ${p}`));
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

// Locators quote the sources' own words ("very low to moderate quality"); only patient text is checked.
const noLocators = (k: string, v: unknown): unknown => (k === 'at' ? undefined : v);

describe('glossary: jargon the review flagged is gone', () => {
  it('no "pain input", "SI joint", "very low to moderate quality", "How long does it take?" in English', () => {
    const en = JSON.stringify([gateControl, gateUi.pain, techniques, techniqueStrings.en, muscles, bodyAreas], noLocators);
    for (const re of BANNED.en) expect(en, String(re)).not.to.match(re);
    expect(techniqueStrings.en.questions.sessionMinutes).to.equal('How long is a session?');
  });
  it('no "Dolor que entra" or the old sacroiliac label in Spanish', () => {
    const es = JSON.stringify([gateEs, gateUiEs.pain, techniquesEs, techniqueStrings.es, musclesEs, bodyAreaLabelsEs], noLocators);
    for (const re of BANNED.es) expect(es, String(re)).not.to.match(re);
    expect(techniqueStrings.es.questions.sessionMinutes).to.equal('¿Cuánto dura una sesión?');
  });
});
