// Integrity, honesty and readability of the trigger-point map's content (English and Spanish):
// the map and its "Where does it hurt?" lookup trust these ids, zones and sources blindly.
import { expect } from '@open-wc/testing';
import { muscleIds, muscles, mapNotes, type MuscleContent, type MuscleId } from '../../../src/content/trigger-points.js';
import { bodyAreas, bodyAreaIds, bodyAreaGroups, type BodyAreaId } from '../../../src/content/body-areas.js';
import { sourceIds, type SourceId } from '../../../src/content/sources.js';
import type { Statement } from '../../../src/content/types.js';
import {
  collectTexts, fernandezHuerta, fleschKincaidGrade, gradeUnits, meanGrade, words,
} from '../../helpers/readability.js';

type Es = typeof import('../../../src/content/es/trigger-points.js');
type EsAreas = typeof import('../../../src/content/es/body-areas.js');

const byId = new Map(muscles.map((m) => [m.id, m] as const));
const m = (id: MuscleId): MuscleContent => byId.get(id)!;

/** Every Statement of a muscle, with a label for failure messages. */
function statements(mu: MuscleContent): [string, Statement][] {
  const list: [string, Statement][] = [
    [`${mu.id}.description`, mu.description],
    ...mu.symptoms.map((s, i): [string, Statement] => [`${mu.id}.symptoms[${i}]`, s]),
    [`${mu.id}.selfCare`, mu.selfCare],
  ];
  if (mu.seekCare) list.push([`${mu.id}.seekCare`, mu.seekCare]);
  return list;
}
const allStatements = (): [string, Statement][] => [
  ...muscles.flatMap(statements),
  ...Object.entries(mapNotes).map(([k, s]): [string, Statement] => [`mapNotes.${k}`, s]),
];

/** English patient-facing strings: every prose field, names included. */
function englishTexts(): { path: string; text: string }[] {
  return collectTexts({ muscles, mapNotes });
}

// Lower-half muscles are in volume 2 (1992), including QL and iliopsoas; the rest in volume 1 (1999).
const LOWER_VOLUME: ReadonlySet<MuscleId> = new Set(['quadratus-lumborum', 'iliopsoas', 'gluteus-medius', 'gluteus-minimus', 'piriformis', 'vastus-medialis', 'vastus-lateralis', 'gastrocnemius', 'soleus', 'tibialis-anterior']);

// Quadratus lumborum has no spillover zone: its outer-hip zone is essential (issue 12); see docs/trigger-point-content.md.
const NO_SPILLOVER_AREA: ReadonlySet<MuscleId> = new Set(['quadratus-lumborum']);

const BANNED = /cure|detox|toxin|boost(s)? (the )?immun|prevent(s)? cancer/i;
const BANNED_ES = /\bcura(r|n|rá)?\b|desintoxic|toxina|(refuerza|fortalece|aumenta) (el sistema |las defensas )?inmun|previene (el )?cáncer/i;

describe('trigger-point content: structure', () => {
  it('has the 22 muscles of the contract, once each, in muscleIds order', () => {
    expect(muscleIds).to.have.length(22);
    expect(new Set(muscleIds).size).to.equal(22);
    expect(muscles.map((x) => x.id)).to.deep.equal([...muscleIds]);
  });

  it('gives every muscle a region, names and a trigger point location', () => {
    for (const mu of muscles) {
      expect(bodyAreaGroups, `${mu.id}.region`).to.include(mu.region);
      for (const k of ['name', 'technicalName', 'where'] as const) expect(mu[k].trim(), `${mu.id}.${k}`).to.not.equal('');
      expect(mu.symptoms.length, `${mu.id}.symptoms`).to.be.at.least(2);
    }
    expect(new Set(muscles.map((x) => x.name.toLowerCase())).size, 'plain names are distinct').to.equal(22);
  });

  it('uses only named body areas, a non-empty essential zone and no area in both zones', () => {
    const valid = new Set<string>(bodyAreaIds);
    for (const mu of muscles) {
      expect(mu.essential.length, `${mu.id} essential`).to.be.greaterThan(0);
      for (const a of [...mu.essential, ...mu.spillover]) expect(valid.has(a), `${mu.id}: unknown area "${a}"`).to.equal(true);
      expect(new Set(mu.essential).size, `${mu.id} essential duplicates`).to.equal(mu.essential.length);
      expect(new Set(mu.spillover).size, `${mu.id} spillover duplicates`).to.equal(mu.spillover.length);
      for (const a of mu.spillover) expect(mu.essential, `${mu.id}: "${a}" is both essential and spillover`).to.not.include(a);
      if (!NO_SPILLOVER_AREA.has(mu.id)) expect(mu.spillover.length, `${mu.id} spillover`).to.be.greaterThan(0);
    }
  });

  it('lets "Where does it hurt?" find at least one muscle for every named area', () => {
    for (const a of bodyAreaIds) {
      const hits = muscles.filter((mu) => mu.essential.includes(a) || mu.spillover.includes(a));
      expect(hits.length, `no muscle refers to "${a}"`).to.be.greaterThan(0);
    }
  });

  it('keeps the referral facts of CONTENT.md (Travell & Simons) in the essential zones', () => {
    const must: Partial<Record<MuscleId, BodyAreaId[]>> = {
      'upper-trapezius': ['side-of-neck', 'temple'],
      'levator-scapulae': ['back-of-neck'],
      sternocleidomastoid: ['top-of-head', 'back-of-head', 'around-eye', 'forehead', 'ear'],
      suboccipitals: ['back-of-head', 'around-eye'],
      temporalis: ['temple', 'teeth'],
      masseter: ['jaw', 'teeth'],
      scalenes: ['chest', 'inner-shoulder-blade'],
      infraspinatus: ['front-of-shoulder'],
      supraspinatus: ['outer-shoulder'],
      rhomboids: ['inner-shoulder-blade'],
      'pectoralis-major': ['chest', 'front-of-shoulder'],
      'quadratus-lumborum': ['top-of-pelvis', 'sacroiliac'],
      iliopsoas: ['low-back', 'groin'],
      'gluteus-medius': ['sacroiliac', 'buttock'],
      'gluteus-minimus': ['outer-thigh', 'back-of-thigh'],
      piriformis: ['sacroiliac', 'buttock'],
      'vastus-medialis': ['front-of-knee'],
      'vastus-lateralis': ['outer-thigh', 'outer-knee'],
      gastrocnemius: ['arch-of-foot'],
      soleus: ['heel'],
      'tibialis-anterior': ['front-of-ankle', 'big-toe'],
      'wrist-extensors': ['outer-elbow', 'back-of-hand'],
    };
    expect(Object.keys(must)).to.have.length(22);
    for (const [id, areas] of Object.entries(must) as [MuscleId, BodyAreaId[]][]) {
      for (const a of areas) expect(m(id).essential, `${id} essential`).to.include(a);
    }
    // Spillover zones named in CONTENT.md.
    expect(m('upper-trapezius').spillover).to.include('jaw');
    expect(m('pectoralis-major').spillover).to.include.members(['inner-arm', 'inner-elbow', 'ring-little-finger']);
    expect(m('gluteus-minimus').spillover).to.include.members(['outer-leg', 'calf']);
    expect(m('gastrocnemius').spillover).to.include.members(['back-of-knee', 'calf']);
    expect(m('supraspinatus').spillover).to.include('outer-elbow');
  });
});

describe('trigger-point content: sources and honesty', () => {
  const known = new Set<string>(sourceIds);

  it('cites at least one existing source in every statement and on every muscle', () => {
    for (const [path, st] of allStatements()) {
      expect(st.text.trim(), path).to.not.equal('');
      expect(st.cite.length, `${path} has no source`).to.be.greaterThan(0);
      for (const c of st.cite) expect(known.has(c), `${path}: unknown source "${c}"`).to.equal(true);
    }
    for (const mu of muscles) {
      expect(mu.cite.length, `${mu.id}.cite`).to.be.greaterThan(0);
      for (const c of mu.cite) expect(known.has(c), `${mu.id}: unknown source "${c}"`).to.equal(true);
    }
  });

  it('cites the Trigger Point Manual volume that covers each muscle', () => {
    for (const mu of muscles) {
      const vol: SourceId = LOWER_VOLUME.has(mu.id) ? 'travell-simons-1992' : 'simons-travell-1999';
      expect(mu.cite, mu.id).to.include(vol);
      expect(mu.description.cite, `${mu.id}.description`).to.include(vol);
    }
  });

  it('sends readers with chest pain or stroke signs to urgent care (SCM, pectoralis major, map notes)', () => {
    const scm = m('sternocleidomastoid').seekCare;
    const pec = m('pectoralis-major').seekCare;
    expect(scm, 'SCM seekCare').to.not.equal(undefined);
    expect(pec, 'pectoralis major seekCare').to.not.equal(undefined);
    expect(scm!.text).to.match(/urgent/i).and.match(/stroke/i).and.match(/dizz/i);
    expect(pec!.text).to.match(/chest pain/i).and.match(/heart attack/i).and.match(/911|emergency/i);
    expect(mapNotes.urgent.text).to.match(/chest pain/i).and.match(/stroke/i).and.match(/clot/i);
    // Calf pain can be a blood clot: both calf muscles say so.
    for (const id of ['gastrocnemius', 'soleus'] as const) expect(m(id).seekCare?.text, id).to.match(/clot/i);
  });

  it('says plainly that trigger points are debated and that the map is not a diagnosis', () => {
    expect(mapNotes.honesty.text).to.match(/debate/i).and.match(/touch/i).and.match(/tingling|burning/i);
    expect(mapNotes.honesty.cite).to.include.members(['lucas-2009', 'quintner-2015', 'shah-2015', 'fernandez-dommerholt-2018']);
    expect(mapNotes.notDiagnosis.text).to.match(/not|cannot/i).and.match(/therapist/i);
  });

  it('makes no banned or absolute claims', () => {
    for (const { path, text } of englishTexts()) {
      expect(text, path).to.not.match(BANNED);
      expect(text, path).to.not.match(/\b(always|guarantee[sd]?|will (fix|heal))\b/i);
    }
  });

  it('keeps self-care gentle: light pressure, short holds, a stop rule or a referral', () => {
    for (const mu of muscles) {
      const t = mu.selfCare.text;
      // Warnings ("Do not press hard on the front of your neck") are the point; advice must never push.
      const advice = t.split(/(?<=[.!?])\s+/).filter((x) => !/^(do not|don't)\b/i.test(x)).join(' ');
      expect(advice, mu.id).to.not.match(/\b(press(ing)? (hard|deep|firmly)|deep pressure|as hard as|through the pain|no pain)\b/i);
      expect(t, `${mu.id}: no stop rule or referral`).to.match(/stop|therapist|dentist|gentl|light/i);
    }
  });
});

describe('trigger-point content: plain English', () => {
  const texts = englishTexts();
  const units = gradeUnits(texts);
  const max = Math.max(...units.map((u) => u.grade));
  const mean = meanGrade(units);

  it(`every English string is at Flesch–Kincaid grade 8 or lower (max ${max.toFixed(1)}, mean ${mean.toFixed(1)})`, () => {
    expect(texts.length).to.be.greaterThan(150);
    for (const { path, text } of texts) {
      // Labels of 1–3 words have no meaningful grade on their own; gradeUnits pools them below.
      if (words(text).length < 4) continue;
      expect(fleschKincaidGrade(text), `${path}: "${text}"`).to.be.at.most(8);
    }
    for (const u of units) expect(u.grade, `${u.path}: "${u.text}"`).to.be.at.most(8);
  });

  it('averages grade 7 or lower', () => {
    expect(mean).to.be.at.most(7);
  });

  it('names each technical term once in the description, next to a plain explanation', () => {
    for (const mu of muscles) {
      const term = mu.technicalName.replace(/\s*\(.*$/, '').toLowerCase();
      expect(mu.description.text.toLowerCase(), mu.id).to.include(term);
      expect(mu.name.toLowerCase(), `${mu.id}: the list name should be plain`).to.not.include(term.split(' ')[0]);
    }
  });
});

describe('trigger-point content: Spanish', () => {
  let es: Es;
  let esAreas: EsAreas;
  before(async () => {
    es = await import('../../../src/content/es/trigger-points.js');
    esAreas = await import('../../../src/content/es/body-areas.js');
  });

  it('has every muscle, and no others, with every field filled', () => {
    expect(Object.keys(es.musclesEs).sort()).to.deep.equal([...muscleIds].sort());
    for (const mu of muscles) {
      const t = es.musclesEs[mu.id];
      for (const k of ['name', 'technicalName', 'where', 'description', 'selfCare'] as const) {
        expect(t[k].trim(), `${mu.id}.${k}`).to.not.equal('');
      }
      expect(t.symptoms, `${mu.id}.symptoms`).to.have.length(mu.symptoms.length);
      for (const s of t.symptoms) expect(s.trim(), `${mu.id}.symptoms`).to.not.equal('');
      expect(Boolean(t.seekCare?.trim()), `${mu.id}.seekCare`).to.equal(Boolean(mu.seekCare));
    }
    for (const k of ['honesty', 'notDiagnosis', 'urgent'] as const) expect(es.mapNotesEs[k].trim(), k).to.not.equal('');
  });

  it('is written in Spanish, not copied from English', () => {
    for (const mu of muscles) {
      const t = es.musclesEs[mu.id];
      const pairs: [string, string, string][] = [
        ['name', t.name, mu.name], ['where', t.where, mu.where], ['description', t.description, mu.description.text],
        ['selfCare', t.selfCare, mu.selfCare.text],
        ...t.symptoms.map((s, i): [string, string, string] => [`symptoms[${i}]`, s, mu.symptoms[i]!.text]),
      ];
      if (mu.seekCare && t.seekCare) pairs.push(['seekCare', t.seekCare, mu.seekCare.text]);
      for (const [k, spanish, english] of pairs) expect(spanish, `${mu.id}.${k}`).to.not.equal(english);
      expect(t.description, `${mu.id}: formal "usted" voice, not "tú"`).to.not.match(/\b(tu|tienes|puedes|sientes)\b/i);
    }
    for (const k of ['honesty', 'notDiagnosis', 'urgent'] as const) expect(es.mapNotesEs[k], k).to.not.equal(mapNotes[k].text);
  });

  it('uses Spanish anatomical names and keeps the urgent-care advice', () => {
    const expected: Record<MuscleId, string> = {
      'upper-trapezius': 'trapecio superior', 'levator-scapulae': 'elevador de la escápula', sternocleidomastoid: 'esternocleidomastoideo',
      suboccipitals: 'suboccipitales', temporalis: 'temporal', masseter: 'masetero', scalenes: 'escalenos', infraspinatus: 'infraespinoso',
      supraspinatus: 'supraespinoso', rhomboids: 'romboides', 'pectoralis-major': 'pectoral mayor', 'quadratus-lumborum': 'cuadrado lumbar',
      iliopsoas: 'iliopsoas', 'gluteus-medius': 'glúteo medio', 'gluteus-minimus': 'glúteo menor', piriformis: 'piriforme',
      'vastus-medialis': 'vasto medial', 'vastus-lateralis': 'vasto lateral', gastrocnemius: 'gastrocnemio', soleus: 'sóleo',
      'tibialis-anterior': 'tibial anterior', 'wrist-extensors': 'extensores de la muñeca',
    };
    for (const id of muscleIds) {
      const t = es.musclesEs[id];
      expect(t.technicalName.toLowerCase(), id).to.include(expected[id]);
      expect(t.description.toLowerCase(), `${id}: description names the muscle`).to.include(expected[id]);
    }
    expect(es.musclesEs.sternocleidomastoid.seekCare).to.match(/urgente/i).and.match(/derrame cerebral/i);
    expect(es.musclesEs['pectoralis-major'].seekCare).to.match(/911|emergencia/i).and.match(/ataque al corazón/i);
    expect(es.mapNotesEs.honesty).to.match(/debaten/i).and.match(/hormigueo|ardor/i);
  });

  it('makes no banned claims in Spanish', () => {
    for (const { path, text } of collectTexts({ muscles: es.musclesEs, mapNotes: es.mapNotesEs, areas: esAreas.bodyAreaLabelsEs })) {
      expect(text, path).to.not.match(BANNED_ES);
      expect(text, path).to.not.match(BANNED);
    }
  });

  it('is fairly easy to read (Fernández-Huerta 60 or higher for every text unit)', () => {
    const units = gradeUnits(collectTexts({ muscles: es.musclesEs, mapNotes: es.mapNotesEs }), fernandezHuerta);
    for (const u of units) expect(u.grade, `${u.path}: "${u.text}"`).to.be.at.least(60);
    expect(meanGrade(units), 'mean Fernández-Huerta').to.be.at.least(70);
  });

  it('labels every body area in Spanish', () => {
    const labels = esAreas.bodyAreaLabelsEs;
    expect(Object.keys(labels).sort()).to.deep.equal([...bodyAreaIds].sort());
    for (const a of bodyAreas) {
      const label = labels[a.id as BodyAreaId];
      expect(label.trim(), a.id).to.not.equal('');
      expect(label, a.id).to.not.equal(a.label);
    }
    expect(new Set(Object.values(labels)).size, 'labels are distinct').to.equal(bodyAreaIds.length);
  });
});
