// The visit guide's pure logic: clinic config merged into the FAQ and first-step tips, safe booking and
// phone links, plan choice and ranges, the statements a page cites, and the FAQPage JSON-LD text.
import { expect } from '@open-wc/testing';
import { FAQ_IDS, visitGuide } from '../../../src/content/visit-guide.js';
import { visitGuideEs } from '../../../src/content/es/visit-guide.js';
import { visitGuideSchema } from '../../../src/widgets/visit-guide/config-schema.js';
import { validate } from '../../../src/core/schema.js';
import {
  beforeTips,
  bookingLink,
  buildFaq,
  citedPoints,
  faqJsonLd,
  phoneLink,
  pickPlan,
  planRange,
  visibleSections,
} from '../../../src/widgets/visit-guide/model.js';

const BASE = 'https://clinic.example/new-patients/';

describe('visit guide model: booking and phone links', () => {
  it('accepts http(s) links and site paths, refusing everything else with a problem naming the field', () => {
    expect(bookingLink('https://book.example/x?a=1', BASE)).to.deep.equal({ href: 'https://book.example/x?a=1' });
    expect(bookingLink(' HTTP://book.example ', BASE).href).to.equal('http://book.example/');
    expect(bookingLink('/book', BASE).href).to.equal('https://clinic.example/book');
    expect(bookingLink('#contact', BASE).href).to.equal('https://clinic.example/new-patients/#contact');
    expect(bookingLink(undefined, BASE)).to.deep.equal({});
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'mailto:a@b.c', 'book.html', 'https://', 'https://a b']) {
      const r = bookingLink(bad, BASE);
      expect(r.href, bad).to.equal(undefined);
      expect(r.problem?.what, bad).to.match(/^bookingUrl /);
      expect(r.problem?.valid).to.contain('https://');
    }
  });

  it('makes tel: links from written numbers, refusing text that is not a number', () => {
    expect(phoneLink('(555) 010-2040').href).to.equal('tel:5550102040');
    expect(phoneLink('+1 555.010.2040').href).to.equal('tel:+15550102040');
    expect(phoneLink(undefined)).to.deep.equal({});
    for (const bad of ['call us', '12', '555-CALL-NOW', '1+555', 'javascript:1']) expect(phoneLink(bad).problem?.what, bad).to.match(/^phone /);
  });
});

describe('visit guide model: plans', () => {
  it('picks a known plan, else the default with a problem (nothing for empty)', () => {
    expect(pickPlan('long-lasting')).to.deep.equal({ plan: 'long-lasting' });
    expect(pickPlan(null)).to.deep.equal({ plan: 'new-injury' });
    expect(pickPlan('forever').problem?.valid).to.equal('new-injury, long-lasting, after-surgery, staying-well');
  });

  it('uses the built-in ranges unless the clinic gives its own', () => {
    expect(planRange('new-injury', undefined)).to.deep.equal({ visits: [2, 3], unit: 'week', weeks: [2, 6] });
    expect(planRange('after-surgery', undefined)?.weeks).to.equal(undefined);
    expect(planRange('new-injury', { plans: { 'new-injury': { visits: [2], weeks: [4, 8] } } })).to.deep.equal({ visits: [2, 2], unit: 'week', weeks: [4, 8] });
    expect(planRange('staying-well', { plans: { 'staying-well': { per: 'week' } } })?.unit).to.equal('week');
  });
});

describe('visit guide model: FAQ and first-step tips', () => {
  it('shows every built-in question by default, with its built-in answer', () => {
    const faq = buildFaq(visitGuide, undefined, 'en');
    expect(faq.map((f) => f.id)).to.deep.equal([...FAQ_IDS]);
    expect(faq.every((f) => !f.clinic)).to.equal(true);
    expect(faq[0]!.answer).to.equal(visitGuide.faq.hurt.answer.text);
  });

  it('hides, relabels, rewrites and adds, in the active language', () => {
    const config = {
      hideFaq: ['gender' as const],
      faq: { hurt: { question: 'Does it hurt?', es: { question: '¿Duele?' } } },
      insurance: 'We bill most plans.',
      es: { insurance: 'Aceptamos la mayoría de los planes.' },
      addFaq: [{ question: 'Parking?', answer: 'Yes.', es: { question: '¿Estacionamiento?', answer: 'Sí.' } }],
    };
    const en = buildFaq(visitGuide, config, 'en');
    expect(en.map((f) => f.id)).to.deep.equal(['hurt', 'sore', 'referral', 'insurance', 'companion', 'stop', 'clinic-1']);
    expect(en[0]).to.deep.include({ question: 'Does it hurt?', clinic: false });
    expect(en.find((f) => f.id === 'insurance')).to.deep.include({ answer: 'We bill most plans.', clinic: true });
    const es = buildFaq(visitGuideEs, config, 'es');
    expect(es[0]!.question).to.equal('¿Duele?');
    expect(es.find((f) => f.id === 'insurance')!.answer).to.equal('Aceptamos la mayoría de los planes.');
    expect(es.at(-1)).to.deep.include({ question: '¿Estacionamiento?', answer: 'Sí.' });
  });

  it("replaces each first-step tip with the clinic's own", () => {
    const tips = beforeTips(visitGuide, { bring: 'Bring your photo ID.' }, 'en');
    expect(tips.map((t) => t.clinic)).to.deep.equal([false, true, false]);
    expect(tips[1]!.text).to.equal('Bring your photo ID.');
  });

  it('cites only what is visible and never clinic-written answers', () => {
    const all = visibleSections(undefined);
    const faq = buildFaq(visitGuide, { faq: { referral: { answer: 'No referral needed here.' } } }, 'en');
    const ids = new Set(citedPoints(visitGuide, all, faq, 'new-injury').flatMap((p) => p.cite));
    expect(ids.has('apta-direct-access-2025')).to.equal(false);
    expect(ids.has('sherman-2014')).to.equal(true);
    const onlyFaq = visibleSections({ hideSections: ['timeline', 'roles', 'care'] });
    const cited = citedPoints(visitGuide, onlyFaq, buildFaq(visitGuide, undefined, 'en'), 'new-injury');
    expect(new Set(cited.flatMap((p) => p.cite))).not.to.include('sherman-2014');
    expect(cited.every((p) => p.cite.every((id) => typeof p.at[id] === 'string'))).to.equal(true);
  });
});

describe('visit guide model: FAQPage JSON-LD', () => {
  it('is schema.org FAQPage with one Question per item, and round-trips the text exactly', () => {
    const items = buildFaq(visitGuide, undefined, 'en');
    const data = JSON.parse(faqJsonLd(items, 'en-US'));
    expect(data).to.deep.include({ '@context': 'https://schema.org', '@type': 'FAQPage', inLanguage: 'en-US' });
    expect(data.mainEntity).to.have.length(items.length);
    expect(data.mainEntity[1]).to.deep.equal({ '@type': 'Question', name: items[1]!.question, acceptedAnswer: { '@type': 'Answer', text: items[1]!.answer } });
  });

  it('escapes < > & and line separators so no text can close the script element', () => {
    const evil = '</script><script>alert(1)</script><!-- & \u2028\u2029';
    const text = faqJsonLd([{ id: 'x', question: evil, answer: evil, clinic: true }], 'en');
    expect(text).not.to.match(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text).mainEntity[0].name).to.equal(evil);
  });
});

describe('visit guide config schema', () => {
  it('accepts its own example', () => {
    const r = validate(visitGuideSchema, visitGuideSchema.examples![0]);
    expect(r.problems).to.deep.equal([]);
  });

  it('keeps the valid parts and names each bad field', () => {
    const r = validate<Record<string, unknown>>(visitGuideSchema, {
      clinicName: 'Riverbend',
      phone: 5550102040,
      hideSections: ['faq', 'safety'],
      faq: { weather: { question: 'Rain?' } },
      addFaq: [{ question: 'No answer' }],
      plans: { 'new-injury': { visits: [0, 3] } },
      es: { wear: '' },
    });
    expect(r.value).to.deep.include({ clinicName: 'Riverbend' });
    const paths = r.problems.map((p) => p.path);
    for (const p of ['config.phone', 'config.hideSections[1]', 'config.faq.weather', 'config.addFaq[0].answer', 'config.plans.new-injury.visits[0]', 'config.es.wear'])
      expect(paths, p).to.include(p);
  });
});
