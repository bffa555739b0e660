// Issue 12 (clinical review): every fix has a test that would have caught the defect. Citations carry
// locators, facts match what the sources say, safety wording is complete in every technique, the core
// safety line survives a clinic disclaimer, and the Spanish corrections hold.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { bodyAreaIds, bodyAreas } from '../../../src/content/body-areas.js';
import { bodyAreaLabelsEs } from '../../../src/content/es/body-areas.js';
import { gateControl as gateEs, gateUi as gateUiEs } from '../../../src/content/es/gate-control.js';
import { techniqueNotesEs, techniquesEs } from '../../../src/content/es/techniques.js';
import { musclesEs } from '../../../src/content/es/trigger-points.js';
import { gateControl, gateUi } from '../../../src/content/gate-control.js';
import { footerSources } from '../../../src/content/sources.js';
import { TECHNIQUE_IDS, techniqueNotes, techniques } from '../../../src/content/techniques.js';
import { mapNotes, muscles, type MuscleId } from '../../../src/content/trigger-points.js';
import { renderFooter } from '../../../src/core/footer.js';
import { coreStrings } from '../../../src/core/strings.js';
import { techniqueStrings } from '../../../src/widgets/technique-compare/strings.js';
import { citationProblems, citedClaims, locatorProblems } from './checks.js';
import { topics } from './topics.js';

const m = (id: MuscleId) => muscles.find((x) => x.id === id)!;
const allEs = (v: unknown): string => JSON.stringify(v);

describe('clinical review: the locator check itself', () => {
  it('flags a cited source without a locator, a too-short one, and a locator for a source not cited', () => {
    const problems = locatorProblems(
      {
        ok: { text: 'Massage may ease low back pain for a short time.', cite: ['furlan-2015'], at: { 'furlan-2015': 'Main results: short-term pain' } },
        missing: { text: 'Heat helps.', cite: ['furlan-2015'] },
        short: { text: 'Heat helps.', cite: ['furlan-2015'], at: { 'furlan-2015': 'p. 3' } },
        stray: { text: 'Heat helps.', cite: ['furlan-2015'], at: { 'furlan-2015': 'Main results: short-term pain', 'brady-2014': 'Results: 19 %' } },
      },
      'x',
    );
    expect(problems).to.have.length(3);
    expect(problems.join('\n')).to.include('x.missing').and.include('x.short').and.include('x.stray.at.brady-2014');
  });
});

describe('clinical review: every citation says where in the source the claim is supported', () => {
  for (const t of topics.filter((x) => x.content)) {
    it(`${t.name}: every cited source of every statement has a locator`, () => {
      const problems = locatorProblems(t.en, t.name);
      expect(problems, `\n${problems.join('\n')}\n`).to.deep.equal([]);
    });
    it(`${t.name}: Spanish statements that repeat sources keep the English sources and locators`, () => {
      expect(citationProblems(t.es, `es:${t.name}`).filter((p) => p.includes('unknown'))).to.deep.equal([]);
      const esClaims = citedClaims(t.es, t.name).filter((c) => c.at === '');
      expect(esClaims.map((c) => `${c.path} ${c.id}`)).to.deep.equal([]);
    });
  }

  it('the footer lists each source once and shows the locators of the claims it supports', async () => {
    const list = footerSources([gateControl.intro, gateControl.parts.abeta.role, 'nathan-1976']);
    expect(list.map((x) => x.id)).to.deep.equal(['melzack-wall-1965', 'guyton-hall-2020', 'nathan-1976']);
    expect(list[0]!.at).to.have.length(2);
    expect(list[2]!.at).to.deep.equal([]);
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderFooter({ locale: 'en', sources: list }), el);
    el.querySelector('details')!.open = true;
    const li = el.querySelector('#src-melzack-wall-1965')!;
    expect(li.querySelectorAll('.pt-locators > div')).to.have.length(2);
    expect(li.textContent).to.contain('Where: The theory (pp. 971–975');
    expect(el.querySelectorAll('.pt-sources ol > li')).to.have.length(3);
  });

  it('the technique and map sources a review flagged no longer support claims they do not make', () => {
    const t = techniques;
    // furlan-2015 (massage for low back pain) only for massage definitions and low back pain.
    for (const id of ['active-release', 'myofascial-release'] as const)
      for (const st of [t[id].summary, t[id].feels, t[id].usedFor, t[id].after, t[id].evidence]) expect(st.cite, id).not.to.include('furlan-2015');
    expect(t['deep-tissue'].after.cite).not.to.include('furlan-2015');
    // dupuy-2018 (recovery after exercise) not for soreness after ART or "getting ready for sport".
    expect(t['active-release'].after.cite).not.to.include('dupuy-2018');
    expect(t['sports-massage'].usedFor.text).not.to.match(/getting ready/i);
    // A Delphi panel on diagnosis does not support "it should ease within a minute".
    expect(t['trigger-point-therapy'].feels.cite).not.to.include('fernandez-dommerholt-2018');
    // Brady 2014 is a survey of side effects: not for pregnancy.
    expect(t['dry-needling'].precautions.find((p) => /pregnan/.test(p.text))!.cite).not.to.include('brady-2014');
    // Basbaum & Fields is about descending control; attention and worry come from the gate theory's central control.
    expect(gateControl.parts.descending.role.cite).to.include('melzack-wall-1965');
    // Kothari (face, arm, speech) is replaced by BE-FAST, which covers balance and eyes.
    for (const st of [m('sternocleidomastoid').seekCare!, mapNotes.urgent]) {
      expect(st.cite).to.include('aroor-2017');
      expect(st.cite).not.to.include('kothari-1999');
    }
    // Rapaport 2010 does not measure soreness.
    expect(t.swedish.after.cite).not.to.include('rapaport-2010');
  });
});

describe('clinical review: facts', () => {
  it('dry needling: 1 in 5 treatments had any mild side effect; bruising and bleeding are less common (Brady 2014)', () => {
    const after = techniques['dry-needling'].after;
    expect(after.text).to.match(/1 in 5 treatments has a mild side effect/);
    expect(after.text).to.match(/bruise follows about 1 in 13/).and.match(/bleeding about 1 in 20/);
    expect(after.text).not.to.match(/1 in 5 visits leads to a small bruise/);
    expect(after.at!['brady-2014']).to.contain('19.18 %').and.contain('7.55 %').and.contain('4.65 %');
    expect(techniquesEs['dry-needling'].after).to.match(/1 de cada 5 tratamientos/).and.match(/1 de cada 13/).and.match(/1 de cada 20/);
  });

  it('dry needling: a punctured lung is a rare risk for anyone needled near the chest, and breathlessness means urgent care', () => {
    const chest = techniques['dry-needling'].precautions.find((p) => /chest/.test(p.text))!;
    expect(chest.text).not.to.match(/lung disease/);
    expect(chest.text).to.match(/anyone/).and.match(/shortness of breath/).and.match(/urgent care/);
    expect(techniquesEs['dry-needling'].precautions.join(' ')).to.match(/cualquiera/).and.match(/atención urgente/);
  });

  it('dry needling has no pressure level: it is described by how it feels', () => {
    expect(techniques['dry-needling'].pressure).to.equal('none');
    expect(techniques['dry-needling'].feels.text).to.match(/twitch/).and.match(/not a pressure treatment/);
    expect(techniqueStrings.en.noPressure).to.match(/twitch/).and.match(/ache/);
    expect(techniqueStrings.es.noPressure).to.match(/salto del músculo/);
    for (const id of TECHNIQUE_IDS) if (id !== 'dry-needling') expect(techniques[id].pressure, id).to.be.within(1, 5);
  });

  it('gate control: worry and attention open the gate, feeling safe and distraction close it; fright can block pain', () => {
    const brainText = [gateControl.parts.descending.role.text, gateControl.steps[4].text.text].join(' ');
    expect(brainText).not.to.match(/calm and focus/i);
    expect(brainText).to.match(/paying close attention to the pain|focusing on the pain/).and.match(/thinking about something else/).and.match(/sudden fright/i);
    expect(gateUi.brainHints.stressed).to.match(/focused on the pain/);
    expect(gateUi.brainHints.stressed).not.to.match(/afraid/);
  });

  it('gate control: rubbing starts after the bump, keeps the gate cell busy, and the effect is quick, short and partial', () => {
    const [, , rub, closes] = gateControl.steps;
    expect(rub.text.text).not.to.match(/reach the spinal cord first/i);
    expect(rub.text.text).to.match(/after the bump/).and.match(/keep coming as long as you rub/);
    expect(closes.text.text).to.match(/keep the gate cell busy/).and.match(/quick/).and.match(/does not last long/);
    expect(gateControl.note.items.map((i) => i.text).join(' ')).to.match(/only part of how massage may help/);
    expect(gateEs.steps[2].text.text).to.match(/después del golpe/);
    expect(gateEs.steps[3].text.text).to.match(/dura poco/);
  });

  it('trigger-point self-care never says stop if the pain spreads (spreading is expected); it says sharp, numbness or tingling', () => {
    for (const mu of muscles) expect(mu.selfCare.text, mu.id).not.to.match(/gets sharp or spreads/);
    const stop = m('infraspinatus').selfCare.text;
    expect(stop).to.match(/Stop if the pain gets sharp, or if you feel numbness or tingling\./);
    expect(techniques['trigger-point-therapy'].feels.text).to.match(/spread/);
    expect(musclesEs.infraspinatus.selfCare).to.match(/Pare si siente un dolor punzante, hormigueo o la zona dormida\./);
  });

  it('levator scapulae stretch: nose toward the armpit on the other side', () => {
    expect(m('levator-scapulae').selfCare.text).to.match(/nose toward the armpit on the other side/);
    expect(musclesEs['levator-scapulae'].selfCare).to.match(/axila del lado contrario/);
  });

  it('quadratus lumborum: the outer hip is part of the usual (essential) zone', () => {
    expect(m('quadratus-lumborum').essential).to.include('outer-hip');
    expect(m('quadratus-lumborum').spillover).not.to.include('outer-hip');
  });

  it('evidence notes say what the reviews found', () => {
    const t = techniques;
    expect(t.swedish.evidence.text).to.match(/little or no change in the stress hormone cortisol/);
    expect(t.swedish.evidence.cite).to.include('moyer-2011');
    expect(t['sports-massage'].evidence.text).to.match(/did not make people faster or stronger/).and.match(/soreness/).and.match(/stretch/);
    expect(t['sports-massage'].evidence.cite).to.deep.equal(['davis-2020']);
    expect(t['myofascial-release'].evidence.text).to.match(/not strong enough/);
    expect(t['myofascial-release'].evidence.cite).to.include('laimi-2018');
    expect(t['trigger-point-therapy'].evidence.text).to.match(/small/).and.match(/debate/);
    expect(t['trigger-point-therapy'].evidence.cite).to.include('denneny-2019');
  });
});

describe('clinical review: safety wording, complete and consistent', () => {
  const has = (re: RegExp) => (id: (typeof TECHNIQUE_IDS)[number]) => techniques[id].precautions.some((p) => re.test(p.text));

  it('every technique lists a suspected blood clot: doctor first, no massage of that limb until cleared', () => {
    for (const id of TECHNIQUE_IDS) expect(has(/blood clot \(DVT\)\. See a doctor first\. No massage on that arm or leg/)(id), id).to.equal(true);
  });

  it('every technique lists cancer: massage does not spread it, ask the cancer care team, lymph-trained therapist', () => {
    for (const id of TECHNIQUE_IDS) expect(has(/does not spread cancer.*cancer care team.*lymph/)(id), id).to.equal(true);
  });

  it('every technique lists pregnancy, with lying on the side later in pregnancy', () => {
    for (const id of TECHNIQUE_IDS) expect(has(/pregnant\. Later in pregnancy you lie on your side/)(id), id).to.equal(true);
  });

  it('Spanish precautions have the same items in the same order', () => {
    for (const id of TECHNIQUE_IDS) {
      const es = techniquesEs[id].precautions;
      expect(es.length, id).to.equal(techniques[id].precautions.length);
      expect(es.some((p) => /coágulo.*Vea primero a un médico/.test(p)), id).to.equal(true);
      expect(es.some((p) => /no propaga el cáncer/.test(p)), id).to.equal(true);
      expect(es.some((p) => /embarazada.*de lado/.test(p)), id).to.equal(true);
    }
  });

  it('the map names red flags for temporalis (temporal arteritis) and the low back muscles (guideline red flags)', () => {
    const temporalis = m('temporalis').seekCare!;
    expect(temporalis.text).to.match(/over 50/).and.match(/same day/).and.match(/chew/).and.match(/see/);
    expect(temporalis.cite).to.deep.equal(['hunder-1990']);
    for (const id of ['quadratus-lumborum', 'iliopsoas'] as const) {
      const st = m(id).seekCare!;
      expect(st.text, id).to.match(/fever/).and.match(/cancer/).and.match(/fall or weak bones/).and.match(/area you sit on/).and.match(/bladder or bowels/);
      expect(st.cite, id).to.deep.equal(['verhagen-2016']);
      expect(musclesEs[id].seekCare, id).to.match(/fiebre/);
    }
    expect(musclesEs.temporalis.seekCare).to.match(/arteritis temporal/);
  });

  it('massage does not flush toxins or lactic acid: said plainly, with a source', () => {
    expect(techniqueNotes.myth.text).to.match(/does not flush toxins or lactic acid/);
    expect(techniqueNotes.myth.cite).to.deep.equal(['crane-2012']);
    expect(techniqueNotesEs.myth).to.match(/no saca toxinas ni ácido láctico/);
  });

  it('the core safety line names education only, not a diagnosis and the emergency number, in both languages', () => {
    expect(coreStrings.en.safety).to.match(/learning only/i).and.match(/not a diagnosis/).and.match(/emergency number/);
    expect(coreStrings.es.safety).to.match(/Solo para aprender/).and.match(/No es un diagnóstico/).and.match(/número de emergencias/);
  });

  it('a clinic disclaimer stands beside the core safety line and cannot remove it', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderFooter({ locale: 'es', sources: [], disclaimer: 'Llame a la Dra. Lee.' }), el);
    expect(el.querySelector('.pt-disclaimer')!.textContent!.trim()).to.equal('Llame a la Dra. Lee.');
    expect(el.querySelector('.pt-safety')!.textContent).to.equal(coreStrings.es.safety);
    render(renderFooter({ locale: 'en', sources: [], disclaimer: '' }), el);
    expect(el.querySelector('.pt-safety')!.textContent).to.equal(coreStrings.en.safety);
  });
});

describe('clinical review: Spanish corrections', () => {
  const es = [allEs(gateEs), allEs(gateUiEs), allEs(techniquesEs), allEs(techniqueNotesEs), allEs(musclesEs), allEs(bodyAreaLabelsEs), allEs(techniqueStrings.es)].join(' ');

  it('sharp pain is "dolor punzante", never "dolor agudo" (acute)', () => {
    expect(es).not.to.match(/dolor agudo|se vuelve agudo|dolor del dolor agudo/);
    expect(gateEs.parts.adelta.label).to.equal('Nervio del dolor punzante');
  });

  it('calm and distraction close the gate', () => {
    expect(gateEs.parts.descending.role.text).to.match(/La calma y distraerse ayudan a cerrarla/);
  });

  it('"Parte de adelante del …" instead of "Frente del …", which clashes with "Frente" (forehead)', () => {
    expect(Object.values(bodyAreaLabelsEs).filter((l) => /^Frente (del|de la)/.test(l))).to.deep.equal([]);
    expect(bodyAreaLabelsEs['front-of-shoulder']).to.equal('Parte de adelante del hombro');
    expect(bodyAreaLabelsEs['front-of-thigh']).to.equal('Parte de adelante del muslo');
    expect(bodyAreaLabelsEs.forehead).to.equal('Frente');
  });

  it('Swedish massage and quadratus lumborum sentences have a subject', () => {
    expect(techniquesEs.swedish.summary).to.equal('Deslizamientos largos hacia el corazón, con amasado, fricción y golpecitos suaves.');
    expect(musclesEs['quadratus-lumborum'].description).to.contain('Le ayuda a inclinarse hacia un lado');
  });

  it('plain, correct words: anticoagulantes, desaparecen, nervio comprimido, presionar, accidente cerebrovascular, intensidad del dolor', () => {
    expect(es).not.to.match(/medicina para que la sangre no coagule|se quitan en unos días|nervio pinzado|pulsar|Dolor que entra/);
    expect(es).to.contain('anticoagulantes (medicinas para que la sangre coagule menos)');
    expect(musclesEs['gluteus-minimus'].description).to.contain('nervio comprimido');
    expect(musclesEs.sternocleidomastoid.seekCare).to.contain('derrame cerebral (accidente cerebrovascular)');
    expect(gateUiEs.pain).to.equal('Intensidad del dolor');
    expect(gateUiEs.reducedNote).to.contain('presionar');
  });
});

describe('clinical review: body areas', () => {
  it('tibialis anterior\'s spillover runs along the shin, a named area (it was empty)', () => {
    expect(bodyAreaIds).to.include('shin');
    expect(m('tibialis-anterior').spillover).to.deep.equal(['shin']);
    expect(bodyAreaLabelsEs.shin).to.match(/^Espinilla/);
  });

  it('every body area has a Spanish label and ids stay unique', () => {
    expect(new Set(bodyAreaIds).size).to.equal(bodyAreaIds.length);
    for (const a of bodyAreas) expect(bodyAreaLabelsEs[a.id as keyof typeof bodyAreaLabelsEs], a.id).to.be.a('string');
  });
});
