// The readability helpers against dictionary syllable counts and published reference scores, so the
// content checks built on them measure what they claim to.
import { expect } from '@open-wc/testing';
import {
  collectTexts,
  countSyllablesEn,
  countSyllablesEs,
  fernandezHuerta,
  fleschKincaidGrade,
  fleschReadingEase,
  gradeUnits,
  inflesz,
  meanGrade,
  parentPath,
  sentences,
  szigrisztPazos,
  words,
} from '../../helpers/readability.js';

// Merriam-Webster syllable counts, chosen to exercise each rule (silent e, -le, -ed, -es, split vowel
// pairs, compounds, contractions) and the words our content uses most.
const EN_WORDS: Record<string, number> = {
  the: 1, cat: 1, table: 2, muscle: 2, muscles: 2, wanted: 2, helped: 1, moved: 1, takes: 1, boxes: 2,
  changes: 2, places: 2, make: 1, there: 1, free: 1, release: 2, pressure: 2, create: 2, people: 2,
  player: 2, trying: 2, being: 2, doing: 2, going: 2, sometimes: 2, something: 2, movement: 2, safely: 2,
  useful: 2, completely: 3, therapist: 3, gentle: 2, stretching: 2, referred: 2, trigger: 2, massage: 2,
  tissue: 2, nerve: 1, nerves: 1, signal: 2, brain: 1, spinal: 2, evidence: 3, inflammation: 4,
  education: 4, diagnosis: 4, period: 3, radio: 3, biology: 4, video: 3, theory: 3, usual: 3, actual: 3,
  influence: 3, client: 2, experience: 4, patient: 2, easier: 3, mechanism: 4, serious: 3, various: 3,
  anxious: 2, million: 2, opinion: 3, social: 2, language: 2, equal: 2, quality: 3, technique: 2,
  "didn't": 2, "don't": 1, "can't": 1, "doesn't": 2, "isn't": 2, safety: 2, therefore: 2, before: 2,
  soreness: 2, settled: 2, called: 1, needed: 2, studied: 2, studies: 2, tried: 1, knees: 1, lifestyle: 2,
  whole: 1, simple: 2, painful: 2, relaxed: 2, feeling: 2, sensation: 3, signals: 2, activity: 4,
  stimulation: 4, temporary: 4, research: 2, reliable: 4, headache: 2, shoulder: 2, ankle: 2, thigh: 1,
  anxiety: 4, immune: 2, cortisol: 3, hormone: 2, kneading: 2, rhythm: 2, percussion: 3, compression: 3,
  therapy: 3, physical: 3, treatment: 2, minutes: 2, session: 2, area: 3, idea: 3, because: 2, usually: 4,
  probably: 3, especially: 4, important: 3, little: 2, through: 1, body: 2, easily: 3, often: 2, once: 1,
  uses: 2, a: 1, I: 1, trapezius: 4, gluteus: 3, myofascial: 4, radius: 3, museum: 3, beyond: 2,
};

// Spanish syllabification (RAE, Ortografía 2010), with the hyphenation shown.
const ES_WORDS: Record<string, number> = {
  país: 2, // pa-ís: í breaks the diphthong
  cien: 1, // ie diphthong
  ciudad: 2, // ciu-dad: weak + weak
  baúl: 2, // ba-úl
  ahumado: 3, // ahu-ma-do: h does not separate
  buey: 1, // triphthong, final y
  Uruguay: 3, // U-ru-guay
  que: 1, // silent u
  guitarra: 3, // gui-ta-rra
  pingüino: 3, // pin-güi-no
  leer: 2, // le-er: strong + strong
  poeta: 3, // po-e-ta
  día: 2,
  río: 2,
  hoy: 1,
  muy: 1,
  y: 1,
  mayo: 2, // y before a vowel is a consonant
  ayuda: 3,
  huevo: 2,
  ahí: 2,
  reúne: 3,
  oído: 3,
  fisioterapia: 5, // fi-sio-te-ra-pia
  músculo: 3,
  puede: 2,
  terapeuta: 4, // te-ra-peu-ta
  región: 2,
  aunque: 2,
  cuidado: 3,
  averiguáis: 4, // a-ve-ri-guáis
  alcohol: 3, // al-co-hol
  zanahoria: 4,
  dolor: 2,
  masaje: 3,
};

describe('readability: English syllables', () => {
  for (const [word, n] of Object.entries(EN_WORDS)) {
    it(`${word} has ${n}`, () => expect(countSyllablesEn(word), word).to.equal(n));
  }
  it('counts a number as one short word', () => {
    expect(words('Rest 30–60 minutes')).to.deep.equal(['Rest', '30–60', 'minutes']);
    expect(countSyllablesEn('30–60')).to.equal(1);
  });
});

describe('readability: Spanish syllables', () => {
  for (const [word, n] of Object.entries(ES_WORDS)) {
    it(`${word} has ${n}`, () => expect(countSyllablesEs(word), word).to.equal(n));
  }
});

describe('readability: sentences', () => {
  it('splits on . ! ? ; : and bullets, but not on decimals or abbreviations', () => {
    expect(sentences('Heat helps, e.g. a warm pack. Rest 1.5 hours! Why?\n- one\n- two • three; four: five')).to.deep.equal([
      'Heat helps, e.g. a warm pack',
      'Rest 1.5 hours',
      'Why',
      'one',
      'two',
      'three',
      'four',
      'five',
    ]);
  });
  it('treats a string without a full stop as one sentence', () => {
    expect(sentences('Top of the shoulder')).to.deep.equal(['Top of the shoulder']);
  });
});

describe('readability: Flesch–Kincaid', () => {
  it('matches the published reference sentences', () => {
    // 13 words, 26 syllables, 1 sentence: grade 13.1 (the usual worked example of the formula).
    expect(fleschKincaidGrade('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.')).to.be.closeTo(13.1, 0.05);
    // 6 one-syllable words: −1.45 grade, reading ease 116.1 (Wikipedia, Flesch–Kincaid readability tests).
    expect(fleschKincaidGrade('The cat sat on the mat.')).to.be.closeTo(-1.45, 0.01);
    expect(fleschReadingEase('The cat sat on the mat.')).to.be.closeTo(116.1, 0.1);
  });
  it('rises with longer sentences and longer words', () => {
    const short = fleschKincaidGrade('Your muscles relax. The pain eases. You feel better.');
    const long = fleschKincaidGrade('Your muscles relax and the pain eases and you feel better.');
    const wordy = fleschKincaidGrade('Musculature relaxation diminishes discomfort considerably.');
    expect(long).to.be.greaterThan(short);
    expect(wordy).to.be.greaterThan(8);
    expect(short).to.be.lessThan(4);
  });
  it('is NaN for text without words', () => expect(fleschKincaidGrade('— …')).to.be.NaN);
});

describe('readability: Spanish scores', () => {
  it('computes Szigriszt-Pazos and Fernández-Huerta from counts', () => {
    // "El gato come pan." 4 words, 6 syllables, 1 sentence.
    expect(szigrisztPazos('El gato come pan.')).to.be.closeTo(206.835 - 62.3 * 1.5 - 4, 1e-9);
    expect(fernandezHuerta('El gato come pan.')).to.be.closeTo(206.84 - 0.6 * 150 - 1.02 * 4, 1e-9);
  });
  it('scores longer sentences as harder (the corrected Fernández-Huerta)', () => {
    const short = 'El masaje relaja. El dolor baja. Usted se siente mejor.';
    const long = 'El masaje relaja, el dolor baja, usted se siente mejor.';
    expect(fernandezHuerta(long)).to.be.lessThan(fernandezHuerta(short));
    expect(szigrisztPazos(long)).to.be.lessThan(szigrisztPazos(short));
  });
  it('scores plain Spanish higher than technical Spanish', () => {
    const plain = 'El masaje suave puede aliviar el dolor por un rato. Pregúntele a su terapeuta.';
    const technical = 'La manipulación miofascial instrumentalizada disminuye significativamente la hipersensibilidad nociceptiva periférica.';
    expect(szigrisztPazos(plain)).to.be.greaterThan(65);
    expect(szigrisztPazos(technical)).to.be.lessThan(40);
  });
  it('names the INFLESZ bands of Barrio-Cantalejo 2008', () => {
    expect([39.9, 40, 54.9, 55, 64.9, 65, 80, 80.1].map(inflesz)).to.deep.equal([
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'normal',
      'bastante fácil',
      'bastante fácil',
      'muy fácil',
    ]);
  });
});

describe('readability: collectTexts and gradeUnits', () => {
  const content = {
    id: 'effleurage',
    technicalName: 'Effleurage',
    name: 'Long gliding strokes',
    summary: { text: 'Long, slow strokes along the muscle help many people relax.', cite: ['furlan-2015'] },
    areas: ['back-of-neck', 'low-back'],
    worksOn: ['muscle', 'fascia'],
    region: 'trunk',
    steps: ['Warm up', 'Glide', 'back-of-neck'],
    questions: { worksOn: 'What does it work on?' },
    count: 3,
    label: (n: number) => `${n} sources`,
    broken: (d: { name: string }) => d.name.toUpperCase(),
  };

  it('returns prose with paths and skips ids, cites, technical names, slugs, id lists and numbers', () => {
    expect(collectTexts(content, 'technique')).to.deep.equal([
      { path: 'technique.name', text: 'Long gliding strokes' },
      { path: 'technique.summary.text', text: 'Long, slow strokes along the muscle help many people relax.' },
      { path: 'technique.steps[0]', text: 'Warm up' },
      { path: 'technique.steps[1]', text: 'Glide' },
      { path: 'technique.questions.worksOn', text: 'What does it work on?' },
      { path: 'technique.label(3)', text: '3 sources' },
    ]);
  });

  it('can be told to keep names (for the claims check)', () => {
    const texts = collectTexts(content, '', { skip: new Set(['id', 'cite']) }).map((e) => e.text);
    expect(texts).to.include('Effleurage');
    expect(texts).not.to.include('effleurage');
  });

  it('knows parent paths', () => {
    expect(parentPath('a.b[2].text')).to.equal('a.b[2]');
    expect(parentPath('a.b[2]')).to.equal('a.b');
    expect(parentPath('a')).to.equal('');
  });

  it('grades prose alone and pools short labels with their siblings, every word once', () => {
    const units = gradeUnits(collectTexts(content, 'technique'));
    const prose = units.find((u) => u.path === 'technique.summary.text');
    expect(prose?.members).to.deep.equal([]);
    const pooled = units.filter((u) => u.members.length);
    expect(pooled.flatMap((u) => u.members).sort()).to.deep.equal(
      ['technique.label(3)', 'technique.name', 'technique.questions.worksOn', 'technique.steps[0]', 'technique.steps[1]'].sort(),
    );
    const total = units.reduce((n, u) => n + u.words, 0);
    expect(total).to.equal(collectTexts(content).reduce((n, e) => n + words(e.text).length, 0));
    expect(meanGrade(units)).to.be.a('number').and.not.NaN;
  });

  it('pools a container\'s short strings together before climbing', () => {
    const units = gradeUnits([
      { path: 'm[0].name', text: 'Jaw muscle' },
      { path: 'm[0].symptoms[0].text', text: 'Jaw pain.' },
      { path: 'm[0].symptoms[1].text', text: 'Tooth ache.' },
      { path: 'm[0].symptoms[2].text', text: 'Clicking jaw.' },
      { path: 'm[1].name', text: 'Calf muscle' },
    ]);
    expect(units.map((u) => [u.path, u.members.length])).to.deep.equal([['m[0]/*', 4], ['(top)/*', 1]]);
  });

  it('grades a pool of labels together with the longer text of its container', () => {
    const units = gradeUnits([
      { path: 'ui.pause', text: 'Pause animation' },
      { path: 'ui.play', text: 'Play animation' },
      { path: 'ui.note', text: 'The dots stop moving when you press the button.' },
    ]);
    const pool = units.find((u) => u.path === '(top)/*')!; // 4 words: the pool climbed from ui to the top
    expect(pool.words).to.equal(4);
    expect(pool.text).to.equal('Pause animation. Play animation. The dots stop moving when you press the button.');
    expect(fleschKincaidGrade('Pause animation. Play animation.')).to.be.greaterThan(8);
    expect(pool.grade).to.be.lessThan(8);
  });
});
