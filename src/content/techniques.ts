// Hands-on techniques a patient may be offered, in plain English, each statement with its sources.
// Spanish text for the same ids lives in es/techniques.ts and is loaded only when asked for.
import type { SourceId, Statement } from './types.js';

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

export interface Technique {
  id: TechniqueId;
  name: string;
  /** Other names people may hear (short forms, brand names). */
  aka?: string;
  summary: Statement;
  feels: Statement;
  pressure: Pressure;
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
}

const MASSAGE: readonly SourceId[] = ['batavia-2004'];
const NEEDLING: readonly SourceId[] = ['brady-2014', 'batavia-2004'];

// Shared items, so the same risk reads the same way in every technique.
const p = {
  osteoporosis: { text: 'have weak bones (osteoporosis)', cite: MASSAGE },
  pregnant: { text: 'are pregnant', cite: MASSAGE },
  thinners: { text: 'take blood thinners or bruise easily', cite: MASSAGE },
  clot: { text: 'have or may have a blood clot (DVT)', cite: MASSAGE },
  surgery: { text: 'had surgery or a broken bone in the last few months', cite: MASSAGE },
  fever: { text: 'have a fever or an infection', cite: MASSAGE },
  skin: { text: 'have a rash, open wound or skin infection there', cite: MASSAGE },
  cancer: { text: 'are being treated for cancer', cite: MASSAGE },
  numb: { text: 'have numb areas, for example from diabetes', cite: MASSAGE },
  veins: { text: 'have swollen, twisted veins (varicose veins) there', cite: MASSAGE },
  heart: { text: 'have heart failure that is not under control', cite: MASSAGE },
} satisfies Record<string, Statement>;

export const techniques: Readonly<Record<TechniqueId, Technique>> = {
  'active-release': {
    id: 'active-release',
    name: 'Active Release Technique',
    aka: 'ART',
    summary: {
      text: 'The therapist presses on a tight spot while you move that body part.',
      cite: ['furlan-2015'],
    },
    feels: {
      text: 'Firm and sometimes uncomfortable. It should not be sharp. Tell the therapist if it is too much.',
      cite: ['furlan-2015'],
    },
    pressure: 4,
    worksOn: ['muscle', 'fascia', 'tendon', 'nerve'],
    usedFor: {
      text: 'Problems from doing the same motion again and again, such as heel pain or wrist pain.',
      cite: ['furlan-2015'],
    },
    sessionMinutes: [15, 30],
    after: {
      text: 'The area may feel sore for a day or two. Gentle movement often helps.',
      cite: ['dupuy-2018'],
    },
    precautions: [p.thinners, p.surgery, p.osteoporosis, p.skin],
    evidence: {
      text: 'Few good studies test this method by itself. Hands-on soft tissue work in general may give small, short-term relief.',
      cite: ['furlan-2015'],
    },
  },
  'trigger-point-therapy': {
    id: 'trigger-point-therapy',
    name: 'Trigger point therapy',
    summary: {
      text: 'Steady pressure on a tender knot in a muscle until it eases. A stretch often follows.',
      cite: ['simons-travell-1999', 'donnelly-2019'],
    },
    feels: {
      text: 'A deep ache or "good pain" that may spread to another area. It should ease within a minute or so.',
      cite: ['simons-travell-1999', 'fernandez-dommerholt-2018'],
    },
    pressure: 4,
    worksOn: ['muscle'],
    usedFor: {
      text: 'Knots that cause aches, such as neck and shoulder pain or some headaches.',
      cite: ['simons-travell-1999', 'donnelly-2019'],
    },
    sessionMinutes: [30, 60],
    after: {
      text: 'The spot may feel tender for a day or two. Light stretching and heat often help.',
      cite: ['donnelly-2019'],
    },
    precautions: [p.thinners, p.osteoporosis, p.fever, p.skin],
    evidence: {
      text: 'Experts still debate what these knots are. Even trained hands often disagree on where they are.',
      cite: ['lucas-2009', 'quintner-2015', 'shah-2015'],
    },
  },
  'soft-tissue': {
    id: 'soft-tissue',
    name: 'Soft tissue massage',
    summary: {
      text: 'Hands-on work with light to firm pressure to ease tight muscles and help you move.',
      cite: ['furlan-2015'],
    },
    feels: {
      text: 'Like a massage that changes from gentle to firm. You can ask for more or less pressure.',
      cite: ['furlan-2015'],
    },
    pressure: 3,
    worksOn: ['muscle', 'fascia', 'tendon'],
    usedFor: {
      text: 'Stiff, sore muscles, for example in the low back or neck.',
      cite: ['furlan-2015', 'sherman-2014'],
    },
    sessionMinutes: [30, 60],
    after: {
      text: 'Many people feel looser. Some feel mild soreness for a day.',
      cite: ['furlan-2015'],
    },
    precautions: [p.clot, p.thinners, p.osteoporosis, p.surgery, p.fever, p.skin],
    evidence: {
      text: 'For low back pain, massage helped more than no care, but only for a short time. The studies were low quality.',
      cite: ['furlan-2015'],
    },
  },
  'myofascial-release': {
    id: 'myofascial-release',
    name: 'Myofascial release',
    summary: {
      text: 'Slow, gentle pressure and stretch on fascia, the thin wrap around your muscles.',
      cite: ['furlan-2015'],
    },
    feels: {
      text: 'A slow, steady stretch. The therapist may hold one spot for a few minutes.',
      cite: ['furlan-2015'],
    },
    pressure: 2,
    worksOn: ['fascia', 'muscle'],
    usedFor: {
      text: 'Stiffness and pain that builds over time, such as in the back or around a scar.',
      cite: ['furlan-2015'],
    },
    sessionMinutes: [30, 60],
    after: {
      text: 'You may feel loose or a bit tired. Soreness is less common than with deep work.',
      cite: ['furlan-2015'],
    },
    precautions: [p.clot, p.thinners, p.surgery, p.skin, p.fever],
    evidence: {
      text: 'There are few good studies. Hands-on work may give short-term relief, but it is not clear which method is best.',
      cite: ['furlan-2015'],
    },
  },
  'deep-tissue': {
    id: 'deep-tissue',
    name: 'Deep tissue massage',
    summary: {
      text: 'Slow strokes and steady, deep pressure to reach the deeper layers of muscle.',
      cite: ['furlan-2015'],
    },
    feels: {
      text: 'Firm and slow. Some spots may feel intense. It should not feel sharp.',
      cite: ['furlan-2015'],
    },
    pressure: 5,
    worksOn: ['muscle', 'fascia'],
    usedFor: {
      text: 'Long-lasting tight muscles, such as in the back, neck or shoulders.',
      cite: ['furlan-2015', 'sherman-2014'],
    },
    sessionMinutes: [45, 90],
    after: {
      text: 'Soreness for one to two days is common. Drink water if you are thirsty, and move gently.',
      cite: ['furlan-2015'],
    },
    precautions: [p.osteoporosis, p.thinners, p.clot, p.surgery, p.pregnant, p.veins, p.numb],
    evidence: {
      text: 'Studies of massage for back pain show small, short-term relief. The evidence is low quality.',
      cite: ['furlan-2015'],
    },
  },
  'sports-massage': {
    id: 'sports-massage',
    name: 'Sports massage',
    summary: {
      text: 'A mix of massage, stretches and deeper work, before or after sport.',
      cite: ['dupuy-2018'],
    },
    feels: {
      text: 'Brisk before exercise. Slower and deeper after exercise or on rest days.',
      cite: ['dupuy-2018'],
    },
    pressure: 3,
    worksOn: ['muscle', 'fascia', 'tendon'],
    usedFor: {
      text: 'Getting ready for sport, and sore muscles in the days after hard exercise.',
      cite: ['dupuy-2018'],
    },
    sessionMinutes: [30, 60],
    after: {
      text: 'Sore muscles after exercise often feel better. Deeper work may leave you a bit sore.',
      cite: ['dupuy-2018'],
    },
    precautions: [p.clot, p.thinners, p.surgery, p.fever, p.skin],
    evidence: {
      text: 'Massage after hard exercise helped muscle soreness in many studies. Effects on speed or strength are less clear.',
      cite: ['dupuy-2018'],
    },
  },
  'lymphatic-drainage': {
    id: 'lymphatic-drainage',
    name: 'Lymph drainage massage',
    aka: 'manual lymphatic drainage, MLD',
    summary: {
      text: 'Very light, slow strokes that stretch the skin to help move fluid out of a swollen area.',
      cite: ['ezzo-2015'],
    },
    feels: {
      text: 'Very gentle and calm, like the skin is being moved, not the muscle.',
      cite: ['ezzo-2015'],
    },
    pressure: 1,
    worksOn: ['lymph'],
    usedFor: {
      text: 'Swelling, such as long-term arm swelling after breast cancer care (lymphedema).',
      cite: ['ezzo-2015'],
    },
    sessionMinutes: [30, 60],
    after: {
      text: 'Many people feel relaxed. You may be asked to wear a snug sleeve or wrap to keep the swelling down.',
      cite: ['ezzo-2015'],
    },
    precautions: [p.clot, p.fever, p.heart, p.skin, p.cancer],
    evidence: {
      text: 'It seems safe. It may add a small benefit to wraps for arm swelling, but the studies were small.',
      cite: ['ezzo-2015'],
    },
  },
  swedish: {
    id: 'swedish',
    name: 'Swedish massage',
    summary: {
      text: 'Long, gliding strokes toward the heart, plus kneading, rubbing and light tapping.',
      cite: ['rapaport-2010'],
    },
    feels: {
      text: 'Smooth and relaxing, with light to medium pressure.',
      cite: ['rapaport-2010'],
    },
    pressure: 2,
    worksOn: ['muscle'],
    usedFor: {
      text: 'Relaxing, easing stress and mild muscle tension.',
      cite: ['rapaport-2010', 'moyer-2011'],
    },
    sessionMinutes: [30, 90],
    after: {
      text: 'Most people feel calm or sleepy. Soreness is rare.',
      cite: ['rapaport-2010'],
    },
    precautions: [p.clot, p.fever, p.skin, p.pregnant, p.cancer],
    evidence: {
      text: 'Small studies found small changes in stress hormones and blood cells. This does not show that it protects you from illness.',
      cite: ['rapaport-2010', 'moyer-2011'],
    },
  },
  'instrument-assisted': {
    id: 'instrument-assisted',
    name: 'Tool-assisted soft tissue work',
    aka: 'instrument-assisted soft tissue mobilization, IASTM, Graston-style',
    summary: {
      text: 'Smooth-edged steel tools glide over the skin to work on stiff tissue.',
      cite: ['seffrin-2019'],
    },
    feels: {
      text: 'A scraping feeling, from mild to firm. It may feel gritty in tight spots.',
      cite: ['seffrin-2019'],
    },
    pressure: 3,
    worksOn: ['fascia', 'tendon', 'muscle'],
    usedFor: {
      text: 'Stiff tissue and tendon pain that lasts, often along with exercise.',
      cite: ['seffrin-2019'],
    },
    sessionMinutes: [5, 15],
    after: {
      text: 'Red skin is common. Small bruises can happen. Both fade in a few days.',
      cite: ['seffrin-2019'],
    },
    precautions: [p.thinners, p.veins, p.skin, p.surgery, p.osteoporosis],
    evidence: {
      text: 'A few small studies found it may help you move more and may ease pain. Better studies are still needed.',
      cite: ['seffrin-2019'],
    },
  },
  'dry-needling': {
    id: 'dry-needling',
    name: 'Dry needling',
    summary: {
      text: 'A trained clinician puts thin, solid needles into a tight knot in a muscle. No drug is injected.',
      cite: ['gattie-2017', 'fernandez-dommerholt-2018'],
    },
    feels: {
      text: 'A quick prick, then a deep ache or a brief muscle twitch. This is not the same as acupuncture.',
      cite: ['gattie-2017', 'brady-2014'],
    },
    pressure: 3,
    worksOn: ['muscle', 'nerve'],
    usedFor: {
      text: 'Muscle pain from tight knots, such as in the neck, shoulder or low back.',
      cite: ['gattie-2017'],
    },
    sessionMinutes: [10, 30],
    after: {
      text: 'Soreness for a day or two is common. About 1 in 5 visits leads to a small bruise or bleeding. Serious problems are very rare.',
      cite: ['brady-2014'],
    },
    precautions: [
      p.thinners,
      { text: 'have a bleeding disorder', cite: NEEDLING },
      p.pregnant,
      { text: 'are afraid of needles or have fainted with them', cite: NEEDLING },
      { text: 'have lung disease, if needles will go near the chest', cite: NEEDLING },
      p.skin,
    ],
    evidence: {
      text: 'It may ease pain in the first weeks. Studies range from very low to moderate quality, and long-term benefit is unclear.',
      cite: ['gattie-2017'],
    },
  },
};

export const techniqueNotes: TechniqueNotes = {
  precautions: {
    text: 'Experts do not fully agree on who should avoid each method. Your therapist can adjust or choose another one.',
    cite: ['batavia-2004'],
  },
};
