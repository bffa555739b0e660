// Hands-on techniques a patient may be offered, in plain English, each statement with its sources.
// Spanish text for the same ids lives in es/techniques.ts and is loaded only when asked for.
import type { Locators, SourceId, Statement } from './types.js';

export const TECHNIQUE_IDS = [
  'active-release',
  'trigger-point-therapy',
  'soft-tissue',
  'myofascial-release',
  'deep-tissue',
  'sports-massage',
  'lymphatic-drainage',
  'swedish',
  'instrument-assisted',
  'dry-needling',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** What a technique mainly works on. */
export const TISSUES = ['muscle', 'fascia', 'tendon', 'lymph', 'nerve'] as const;
export type Tissue = (typeof TISSUES)[number];

/** 1 = very light, 5 = firm. */
export type Pressure = 1 | 2 | 3 | 4 | 5;

/** A technique that is not pressure on the skin (needles): it has no place on the 1–5 scale. */
export type PressureLevel = Pressure | 'none';

export interface Technique {
  id: TechniqueId;
  name: string;
  /** Other names people may hear (short forms, brand names). */
  aka?: string;
  summary: Statement;
  feels: Statement;
  /** 'none' for a method that is not pressure (dry needling): the widgets show how it feels instead. */
  pressure: PressureLevel;
  worksOn: readonly Tissue[];
  usedFor: Statement;
  /** Typical length of the hands-on part, in minutes: [shortest, longest]. */
  sessionMinutes: readonly [number, number];
  after: Statement;
  /** Each item completes "Tell your therapist first if you…". */
  precautions: readonly Statement[];
  evidence: Statement;
}

/** The translatable text of a technique: same fields, no numbers or sources. */
export interface TechniqueText {
  name: string;
  aka?: string;
  summary: string;
  feels: string;
  usedFor: string;
  after: string;
  /** Same order and length as the English list. */
  precautions: readonly string[];
  evidence: string;
}

/** Notes shown once beside the techniques. */
export interface TechniqueNotes {
  precautions: Statement;
  /** A common belief the content does not repeat, said plainly: massage does not flush toxins or lactic acid. */
  myth: Statement;
}

const s = (text: string, at: Locators): Statement => ({ text, cite: Object.keys(at) as SourceId[], at });

// Where each source says it. One place per finding, so the same claim reads the same everywhere.
const AT = {
  batavia: 'Results and table: conditions that the 21 compared sources list as contraindications or precautions',
  acog: 'Exercise in pregnancy: after about 20 weeks, avoid long periods lying flat on the back (it can lower blood pressure)',
  corbin: 'Safety of massage in cancer: no evidence that massage spreads cancer; ask the oncology team; lighter work after lymph node removal or radiation, by trained therapists',
  cambron: 'Results: 10 % of 100 clients had minor discomfort after massage; most began within 12 hours and lasted 36 hours or less',
  brady: 'Results: mild adverse events in 19.18 % of 7629 treatments; bruising 7.55 %, bleeding 4.65 %, pain during 3.01 % and after 2.19 %; no significant events (upper risk ≤ 0.04 %)',
  bradyChest: 'Introduction and methods: pneumothorax is among the significant adverse events of needling over the chest wall that the survey recorded (none occurred in 7629 treatments)',
  bradyReactions: 'Results: drowsiness (0.26 %), nausea (0.13 %) and altered emotions (0.04 %) after needling, reactions the clinician watches for',
  furlanDef: 'Background (description of the intervention): massage is soft-tissue manipulation with the hands, using several techniques and levels of pressure',
  furlanLbp: 'Main results: massage vs inactive controls improved short-term pain in low back pain; evidence of low to very low quality',
  sherman: 'Results: for chronic neck pain, 60-minute sessions 2–3 times a week helped; 30-minute sessions did not',
  georgeMethod: 'Methods: the ART protocol, with tension held on the tissue while the patient moves the part, applied for carpal tunnel syndrome',
  georgeEvidence: 'Abstract: a pilot study of 5 patients; symptom scores improved; the authors call for larger trials',
  simonsRelease: 'Vol. 1, ch. 2 (general overview), treatment section: trigger point pressure release, held until the tissue eases, then stretch',
  donnellyRelease: 'Part 1, chapter on treatment of trigger points: manual pressure release and stretching',
  simonsRelief: 'Vol. 1, ch. 2 and 3: referred pain during pressure, post-treatment soreness eased by moist heat and gentle stretch',
  simonsUses: 'Vol. 1, ch. 5 (head and neck pain guide) and ch. 6 (trapezius): neck, shoulder and headache patterns',
  denneny: 'Results: 19 small trials of chronic pain; no clear short-term pain effect; some gains in function; evidence weak',
  lucas: 'Results: examiners agree on tenderness more than on the taut band or twitch; reliability of finding trigger points is poor',
  quintner: 'Conclusion: the nature of trigger points is disputed',
  shah: 'Discussion: trigger point science is still developing; mechanisms and diagnosis debated',
  ajimshaDef: 'Introduction: myofascial release is a low-load, long-duration stretch to the myofascial complex',
  ajimshaMixed: 'Conclusions: the trials were mixed in quality and results',
  laimiUses: 'Results: the 8 trials treated tennis elbow, fibromyalgia, low back pain and heel pain',
  laimiEvidence: 'Conclusion: current evidence is not sufficient to recommend myofascial release for chronic musculoskeletal pain',
  davisDef: 'Introduction and included trials: sports massage by hand before or after exercise, in randomised trials with athletes',
  davisFindings: 'Results: no effect on strength, jump, sprint, endurance or fatigue; small improvements in flexibility and muscle soreness (DOMS)',
  ezzoDef: 'Background: manual lymphatic drainage is a gentle skin-stretching massage that moves lymph toward working lymph nodes',
  ezzoUses: 'Objectives and included trials: lymphoedema of the arm after breast cancer treatment',
  ezzoAfter: 'Included trials: MLD given with compression bandaging or sleeves',
  ezzoEvidence: 'Authors\u2019 conclusions: MLD is safe and may add benefit to compression bandaging; trials were small',
  rapaportDef: 'Methods: the Swedish massage protocol (effleurage, petrissage, friction, tapotement), light to moderate pressure',
  rapaportUses: 'Background and methods: Swedish massage studied for relaxation in healthy adults',
  rapaportFindings: 'Results: a single session gave small changes in some hormones and immune cells in a small, preliminary study',
  moyerCortisol: 'Results: the average effect of massage on cortisol was near zero and not significant',
  seffrinDef: 'Introduction: IASTM uses rigid tools to apply pressure and friction to soft tissue',
  seffrinUses: 'Results: trials in stiff tissue, tendon problems and range of motion, often with exercise',
  seffrinAfter: 'Discussion: redness and bruising (petechiae) can follow IASTM',
  seffrinEvidence: 'Conclusion: IASTM may improve range of motion and may ease pain; more high-quality studies are needed',
  gattieDef: 'Introduction: dry needling inserts a thin filiform needle into a trigger point, without injecting a drug',
  gattieUses: 'Included trials: neck, shoulder and low back pain, among others',
  gattieEvidence: 'Results: dry needling reduced pain more than comparisons in the short term (very low to moderate quality); long-term effect unclear',
  fdDef: 'Results: the panel\u2019s agreed clinical criteria for a trigger point (taut band, tender spot, referred sensation)',
  crane: 'Abstract: massage did not alter muscle metabolites (glycogen, lactate) in 11 young men after exercise',
} as const;

// Shared precautions, so the same risk reads the same way in every technique. Each completes
// "Tell your therapist first if you…".
const p = {
  clot: s('have or may have a blood clot (DVT). See a doctor first. No massage on that arm or leg until a doctor says it is safe', { 'batavia-2004': AT.batavia }),
  pregnant: s('are pregnant. Later in pregnancy you lie on your side, not flat on your back', { 'batavia-2004': AT.batavia, 'acog-2020': AT.acog }),
  cancer: s('have or had cancer. Massage does not spread cancer, but ask your cancer care team first. If lymph nodes (small glands) were removed, or you had radiation, see a therapist trained in lymphedema (swelling)', { 'corbin-2005': AT.corbin }),
  osteoporosis: s('have weak bones (osteoporosis)', { 'batavia-2004': AT.batavia }),
  thinners: s('take blood thinners or bruise easily', { 'batavia-2004': AT.batavia }),
  surgery: s('had surgery or a broken bone in the last few months', { 'batavia-2004': AT.batavia }),
  fever: s('have a fever or an infection', { 'batavia-2004': AT.batavia }),
  skin: s('have a rash, open wound or skin infection there', { 'batavia-2004': AT.batavia }),
  numb: s('have numb areas, for example from diabetes', { 'batavia-2004': AT.batavia }),
  veins: s('have swollen, twisted veins (varicose veins) there', { 'batavia-2004': AT.batavia }),
  heart: s('have heart failure that is not under control', { 'batavia-2004': AT.batavia }),
} satisfies Record<string, Statement>;

// After firm hands-on work: the one study that counted it (Cambron 2007).
const SORE = 'About 1 in 10 people feel mild soreness after a massage. It most often goes away within a day or two.';

export const techniques: Readonly<Record<TechniqueId, Technique>> = {
  'active-release': {
    id: 'active-release',
    name: 'Active Release Technique',
    aka: 'ART',
    summary: s('A patented method. The therapist holds pressure on a tight spot while you move that body part.', { 'george-2006': AT.georgeMethod }),
    feels: s('Firm pressure while you move. Tell the therapist if it is too much or feels sharp.', { 'george-2006': AT.georgeMethod }),
    pressure: 4,
    worksOn: ['muscle', 'fascia', 'tendon', 'nerve'],
    usedFor: s('Problems from doing the same motion again and again, such as wrist pain from carpal tunnel.', { 'george-2006': AT.georgeMethod }),
    sessionMinutes: [15, 30],
    after: s(`The area may feel sore. ${SORE}`, { 'cambron-2007': AT.cambron }),
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.surgery, p.osteoporosis, p.skin],
    evidence: s('Very few studies test this method, and they are small. One study had only 5 people. We cannot yet say how well it works.', { 'george-2006': AT.georgeEvidence }),
  },
  'trigger-point-therapy': {
    id: 'trigger-point-therapy',
    name: 'Trigger point therapy',
    summary: s('Steady pressure on a tender knot in a muscle until it eases. A stretch often follows.', { 'simons-travell-1999': AT.simonsRelease, 'donnelly-2019': AT.donnellyRelease }),
    feels: s('A deep ache or "good pain" that may spread to another area. It should ease within a minute or so.', { 'simons-travell-1999': AT.simonsRelease }),
    pressure: 4,
    worksOn: ['muscle'],
    usedFor: s('Knots that cause aches, such as neck and shoulder pain or some headaches.', { 'simons-travell-1999': AT.simonsUses }),
    sessionMinutes: [30, 60],
    after: s('The spot may feel tender for a day or two. Light stretching and heat often help.', { 'simons-travell-1999': AT.simonsRelief }),
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.osteoporosis, p.fever, p.skin],
    evidence: s(
      'For long-lasting pain, studies are small and did not find clear pain relief. Some people could move and do more. Experts also debate what these knots are.',
      { 'denneny-2019': AT.denneny, 'lucas-2009': AT.lucas, 'quintner-2015': AT.quintner },
    ),
  },
  'soft-tissue': {
    id: 'soft-tissue',
    name: 'Soft tissue massage',
    summary: s('Hands-on work on soft tissue: your muscles and the tissue around them. Light to firm pressure eases tight muscles and helps you move.', { 'furlan-2015': AT.furlanDef }),
    feels: s('Like a massage that changes from gentle to firm. You can ask for more or less pressure.', { 'furlan-2015': AT.furlanDef }),
    pressure: 3,
    worksOn: ['muscle', 'fascia', 'tendon'],
    usedFor: s('Stiff, sore muscles, for example in the low back or neck.', { 'furlan-2015': AT.furlanLbp, 'sherman-2014': AT.sherman }),
    sessionMinutes: [30, 60],
    after: s(`Many people feel looser. ${SORE}`, { 'cambron-2007': AT.cambron }),
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.osteoporosis, p.surgery, p.fever, p.skin],
    evidence: s('For low back pain, massage helped more than no care, but only for a short time. The studies were low quality.', { 'furlan-2015': AT.furlanLbp }),
  },
  'myofascial-release': {
    id: 'myofascial-release',
    name: 'Myofascial release',
    summary: s('Slow, gentle pressure and stretch on fascia, the thin wrap around your muscles.', { 'ajimsha-2015': AT.ajimshaDef }),
    feels: s('A slow, steady stretch. The therapist may hold one spot for a few minutes.', { 'ajimsha-2015': AT.ajimshaDef }),
    pressure: 2,
    worksOn: ['fascia', 'muscle'],
    usedFor: s('Long-lasting pain and stiffness, such as low back pain, heel pain or tennis elbow.', { 'laimi-2018': AT.laimiUses }),
    sessionMinutes: [30, 60],
    after: s(`You may feel looser. ${SORE}`, { 'cambron-2007': AT.cambron }),
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.surgery, p.skin, p.fever],
    evidence: s('Study results are mixed. A careful review found the evidence is not strong enough to advise it for long-lasting muscle and joint pain.', { 'ajimsha-2015': AT.ajimshaMixed, 'laimi-2018': AT.laimiEvidence }),
  },
  'deep-tissue': {
    id: 'deep-tissue',
    name: 'Deep tissue massage',
    summary: s('Massage with slow strokes and firm, steady pressure on tight muscles.', { 'furlan-2015': AT.furlanDef }),
    feels: s('Firm and slow. Some spots may feel intense. It should not feel sharp.', { 'furlan-2015': AT.furlanDef }),
    pressure: 5,
    worksOn: ['muscle', 'fascia'],
    usedFor: s('Long-lasting tight muscles, such as in the back or neck.', { 'furlan-2015': AT.furlanLbp, 'sherman-2014': AT.sherman }),
    sessionMinutes: [45, 90],
    after: s(`You may be sore afterwards. ${SORE} Move gently.`, { 'cambron-2007': AT.cambron }),
    precautions: [p.clot, p.pregnant, p.cancer, p.osteoporosis, p.thinners, p.surgery, p.veins, p.numb],
    evidence: s('Studies of massage for back pain show small, short-term relief. The evidence is low quality.', { 'furlan-2015': AT.furlanLbp }),
  },
  'sports-massage': {
    id: 'sports-massage',
    name: 'Sports massage',
    summary: s('Massage before or after sport or exercise. It can mix strokes, stretches and deeper work.', { 'davis-2020': AT.davisDef }),
    feels: s('Brisk before exercise. Slower and deeper after exercise or on rest days.', { 'davis-2020': AT.davisDef }),
    pressure: 3,
    worksOn: ['muscle', 'fascia', 'tendon'],
    usedFor: s('Sore, stiff muscles in the days after hard exercise.', { 'davis-2020': AT.davisFindings, 'dupuy-2018': 'Results: massage reduced muscle soreness (DOMS) and perceived fatigue after exercise' }),
    sessionMinutes: [30, 60],
    after: s(`Sore muscles after exercise may feel a little better. ${SORE}`, { 'davis-2020': AT.davisFindings, 'cambron-2007': AT.cambron }),
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.surgery, p.fever, p.skin],
    evidence: s('It did not make people faster or stronger. It eased muscle soreness a little and helped people bend and stretch a little farther.', { 'davis-2020': AT.davisFindings }),
  },
  'lymphatic-drainage': {
    id: 'lymphatic-drainage',
    name: 'Lymph drainage massage',
    aka: 'manual lymphatic drainage, MLD',
    summary: s('Very light, slow strokes that stretch the skin to help move fluid out of a swollen area.', { 'ezzo-2015': AT.ezzoDef }),
    feels: s('Very gentle and calm, like the skin is being moved, not the muscle.', { 'ezzo-2015': AT.ezzoDef }),
    pressure: 1,
    worksOn: ['lymph'],
    usedFor: s('Swelling, such as long-term arm swelling after breast cancer care (lymphedema).', { 'ezzo-2015': AT.ezzoUses }),
    sessionMinutes: [30, 60],
    after: s('You may be asked to wear a snug sleeve or wrap to keep the swelling down.', { 'ezzo-2015': AT.ezzoAfter }),
    precautions: [p.clot, p.pregnant, p.cancer, p.fever, p.heart, p.skin],
    evidence: s('It seems safe. It may add a small benefit to wraps for arm swelling, but the studies were small.', { 'ezzo-2015': AT.ezzoEvidence }),
  },
  swedish: {
    id: 'swedish',
    name: 'Swedish massage',
    summary: s('Long, gliding strokes toward the heart, plus kneading, rubbing and light tapping.', { 'rapaport-2010': AT.rapaportDef }),
    feels: s('Smooth and relaxing, with light to medium pressure.', { 'rapaport-2010': AT.rapaportDef }),
    pressure: 2,
    worksOn: ['muscle'],
    usedFor: s('Relaxing and easing mild muscle tension.', { 'rapaport-2010': AT.rapaportUses }),
    sessionMinutes: [30, 90],
    after: s(`Many people feel calm or sleepy. ${SORE}`, { 'cambron-2007': AT.cambron }),
    precautions: [p.clot, p.pregnant, p.cancer, p.fever, p.skin],
    evidence: s(
      'One small study saw small changes in some hormones and blood cells. A review found little or no change in the stress hormone cortisol. This does not show that massage protects you from illness.',
      { 'rapaport-2010': AT.rapaportFindings, 'moyer-2011': AT.moyerCortisol },
    ),
  },
  'instrument-assisted': {
    id: 'instrument-assisted',
    name: 'Tool-assisted soft tissue work',
    aka: 'instrument-assisted soft tissue mobilization, IASTM, Graston-style',
    summary: s('Smooth-edged steel tools glide over the skin to work on stiff soft tissue, such as muscles and tendons.', { 'seffrin-2019': AT.seffrinDef }),
    feels: s('A scraping feeling, from mild to firm. It may feel gritty in tight spots.', { 'seffrin-2019': AT.seffrinDef }),
    pressure: 3,
    worksOn: ['fascia', 'tendon', 'muscle'],
    usedFor: s('Stiff tissue and tendon pain that lasts, often along with exercise.', { 'seffrin-2019': AT.seffrinUses }),
    sessionMinutes: [5, 15],
    after: s('Red skin is common. Small bruises can happen. Both fade in a few days.', { 'seffrin-2019': AT.seffrinAfter }),
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.veins, p.skin, p.surgery, p.osteoporosis],
    evidence: s('A few small studies found it may help you move more and may ease pain. Better studies are still needed.', { 'seffrin-2019': AT.seffrinEvidence }),
  },
  'dry-needling': {
    id: 'dry-needling',
    name: 'Dry needling',
    summary: s('A trained clinician puts thin, solid needles into a tight knot in a muscle. No drug is injected.', { 'gattie-2017': AT.gattieDef, 'fernandez-dommerholt-2018': AT.fdDef }),
    feels: s('A quick prick, then a deep ache or a brief muscle twitch. It is not a pressure treatment. This is not the same as acupuncture.', { 'gattie-2017': AT.gattieDef, 'brady-2014': AT.brady }),
    pressure: 'none',
    worksOn: ['muscle', 'nerve'],
    usedFor: s('Muscle pain from tight knots, such as in the neck, shoulder or low back.', { 'gattie-2017': AT.gattieUses }),
    sessionMinutes: [10, 30],
    after: s(
      'About 1 in 5 treatments has a mild side effect. A bruise follows about 1 in 13, and a little bleeding about 1 in 20. Some people are sore for a day or two. Serious problems are very rare.',
      { 'brady-2014': AT.brady },
    ),
    precautions: [
      p.clot,
      p.pregnant,
      p.cancer,
      p.thinners,
      s('have a bleeding disorder', { 'batavia-2004': AT.batavia }),
      s('are afraid of needles or have fainted with them', { 'brady-2014': AT.bradyReactions }),
      s('will have needles near the chest. A punctured lung is rare, but it can happen to anyone. New shortness of breath after needling needs urgent care', { 'brady-2014': AT.bradyChest }),
      p.skin,
    ],
    evidence: s('It may ease pain in the first weeks. The studies range from very weak to fair, and long-term benefit is unclear.', { 'gattie-2017': AT.gattieEvidence }),
  },
};

export const techniqueNotes: TechniqueNotes = {
  precautions: s('Experts do not fully agree on who should avoid each method. Your therapist can adjust or choose another one.', {
    'batavia-2004': 'Conclusion: the 21 sources agreed poorly on contraindications for massage',
  }),
  myth: s('Massage does not flush toxins or lactic acid out of your muscles. In one study, massage did not change lactate in the muscle.', { 'crane-2012': AT.crane }),
};
