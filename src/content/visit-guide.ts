// What a new patient can expect: the visit step by step, how often, who does what, when to call, and
// common questions. Every medical statement cites its sources with a locator (where in the source it is
// supported); practical tips (what to bring, arrive early) are marked practical and cite nothing.
// Ids, shapes and plan ranges live in visit-guide-base.ts (re-exported here); the widget imports this English
// text, like the Spanish in es/visit-guide.ts, only when a page shows it.
import type { Locators, SourceId } from './types.js';
import type { CitedStatement, Practical, VisitGuideText } from './visit-guide-base.js';

export * from './visit-guide-base.js';

/** A statement citing each source in `at`, with where in it the claim is supported. */
const say = (text: string, at: Locators): CitedStatement => ({ text, cite: Object.keys(at) as SourceId[], at });
const tip = (text: string): Practical => ({ text, practical: true });

const GUIDE = 'Patient and client management model: examination (history, systems review, tests and measures), evaluation, plan of care';
const CAMBRON = 'Results: 10 % had minor discomfort; most began within 12 hours and lasted 36 hours or less';
const ETHICS = 'Principle 2C (information for informed decisions) and 2D (shared decisions)';

export const visitGuide: VisitGuideText = {
  title: 'Your visit, step by step',
  intro: 'What to expect at your first visit and after, how often people come, and who does what.',
  steps: {
    before: {
      title: 'Before you come',
      points: [
        tip('Wear loose, comfy clothes. Bring shorts if your hip, knee or leg is the problem.'),
        tip('Bring your insurance card, a list of your medicines, and a referral if your plan needs one.'),
        tip('Come a few minutes early to fill in forms.'),
      ],
    },
    first: {
      title: 'Your first visit',
      points: [
        say('Your therapist asks about your health, your pain and your goals.', { 'apta-guide-2014': GUIDE }),
        say('Then they check how you move, how strong you are and where it hurts. These first measures show later if you are getting better.', { 'apta-guide-2014': GUIDE }),
        say('So the first visit often takes longer than the visits after it.', { 'apta-guide-2014': GUIDE }),
      ],
    },
    session: {
      title: 'During a session',
      points: [
        say('Hands-on sessions in studies often last 30 to 60 minutes.', { 'sherman-2014': 'Methods: sessions of 30 or 60 minutes, 1 to 3 times a week' }),
        say('Your therapist tells you what they will do and why. You choose what is OK.', { 'apta-ethics-2020': ETHICS }),
        tip('You stay covered with a sheet or towel, except the part being treated.'),
        say('Ask for more or less pressure at any time, or ask to stop. You do not need a reason.', { 'apta-ethics-2020': ETHICS }),
        tip('Some pressure can feel uncomfortable. If anything feels sharp, say so right away.'),
      ],
    },
    after: {
      title: 'After your visit',
      points: [
        say('You may feel sore for a day or two, like after new exercise. This is common and fades.', { 'cambron-2007': CAMBRON }),
        tip('Gentle movement, like a short walk, is fine and often feels good.'),
        say('Heat may ease pain a little for a short time. There is little proof for ice, so use it only if it feels good.', {
          'french-2006': 'Main results: heat wrap gave small short-term relief in acute low back pain; evidence for cold was too limited',
          'qaseem-2017': 'Recommendation 1: superficial heat for acute low back pain (moderate-quality evidence)',
        }),
        say('Drink water if you are thirsty. Massage does not flush out toxins or lactic acid. Your body clears it on its own.', {
          'wiltshire-2010': 'Results and conclusion: massage did not speed lactate removal from exercised muscle; it slowed blood flow',
        }),
        say('Do the home exercises your therapist gives you. For long-lasting back pain, guidelines put exercise first. Massage works best as one part of an active plan.', {
          'qaseem-2017': 'Recommendation 2: exercise first for chronic low back pain; massage is listed only for acute pain (recommendation 1)',
        }),
      ],
    },
    plan: {
      title: 'Your plan: how often and how long',
      points: [say('Your therapist sets a plan with you: how often to come and for how long, and checks it as you go.', { 'apta-guide-2014': GUIDE })],
    },
  },
  plans: {
    'new-injury': {
      label: 'A new injury',
      note: say('Most new back pain gets better in a few weeks, whatever you do.', { 'qaseem-2017': 'Recommendation 1: most acute or subacute low back pain improves over time regardless of treatment' }),
    },
    'long-lasting': {
      label: 'Long-lasting pain',
      note: say('Pain that has lasted months often needs fewer visits a week, for longer.', { 'sherman-2014': 'Intervention: 4 weeks of treatment; benefit measured at 5 weeks' }),
    },
    'after-surgery': {
      label: 'After surgery',
      note: tip('Your surgeon and therapist set this plan. It depends on the surgery, so there is no usual length.'),
    },
    'staying-well': {
      label: 'Staying well',
      note: tip('Some people come back now and then to stay well. There is little research on how often.'),
    },
  },
  planCaveat: tip('These are common starting ranges, not rules. Your plan depends on your problem and how you respond.'),
  planStudy: say('In one study of long-lasting neck pain, 60-minute massages 2 or 3 times a week helped. Shorter or fewer ones did not help as much.', {
    'sherman-2014': 'Results: 60-minute sessions 2–3 times a week improved function; 30-minute sessions did not',
  }),
  roles: {
    pt: {
      name: 'Physical therapist',
      does: say('Finds out why you hurt or move badly, and makes an exercise plan. Hands-on care is one part of it.', {
        'bls-pt-2024': 'What physical therapists do: diagnose, plan care, exercises, hands-on therapy',
      }),
      fits: say('An injury, pain that gets in your way, or moving again after surgery.', { 'bls-pt-2024': 'What physical therapists do' }),
    },
    lmt: {
      name: 'Licensed massage therapist',
      does: say('Treats muscles and other soft tissue with their hands to ease pain and tension.', { 'bls-lmt-2024': 'What massage therapists do' }),
      fits: say('Sore, tight muscles, stress, or hands-on care as part of a plan.', { 'bls-lmt-2024': 'What massage therapists do; work environment' }),
    },
    spa: {
      name: 'Spa massage',
      does: say('A massage to help you relax and feel good.', { 'bls-lmt-2024': 'Work environment: spas and resorts; relaxation' }),
      fits: say('Relaxing. It is not meant to treat an injury.', { 'bls-lmt-2024': 'Work environment: spas and resorts; relaxation' }),
    },
  },
  needling: say('Who may do dry needling is different from state to state and country to country. Ask who will do it and what training they have.', {
    'gattie-2017': 'Introduction: dry needling by physical therapists, allowed in many places',
    'wa-ago-2016': 'Brief answer: in Washington State, dry needling is not within physical therapy practice',
  }),
  care: {
    call: [
      say('Call us if your pain is much worse after a session, or it does not ease within 2 days.', { 'cambron-2007': CAMBRON }),
      tip('Call us if you have new numbness, tingling or weakness.'),
      say('Call us before your visit if you have a fever.', { 'batavia-2004': 'Table: fever listed as a contraindication' }),
    ],
    urgent: [
      say('Get urgent care for a calf that is swollen, warm, red or painful (it may be a blood clot).', { 'batavia-2004': 'Table: deep vein thrombosis listed by most sources' }),
      say('Get urgent care if you are newly short of breath after dry needling.', { 'brady-2014': 'Discussion: pneumothorax as a rare serious risk of needling over the chest wall' }),
      say('Call your emergency number for chest pain.', { 'gulati-2021': 'Section 2: chest pain warrants emergency evaluation' }),
    ],
  },
  faq: {
    hurt: {
      question: 'Will it hurt?',
      answer: say('Some pressure can be uncomfortable, but it should not be sharp pain. Tell your therapist, and they will change it.', { 'apta-ethics-2020': ETHICS }),
    },
    sore: {
      question: 'How sore will I be?',
      answer: say('Many people feel fine. Some are sore for a day or two, like after new exercise.', { 'cambron-2007': CAMBRON }),
    },
    referral: {
      question: 'Do I need a referral?',
      answer: say('In every US state you can see a physical therapist without one, but some states limit this. Your insurance may still want one.', {
        'apta-direct-access-2025': 'Summary: all 50 states allow direct access, some with provisions',
      }),
    },
    insurance: {
      question: 'Will insurance pay?',
      answer: tip('Many plans pay for massage when it is part of a physical therapy plan. Some need a referral first. Call your plan or ask us.'),
    },
    companion: {
      question: 'Can I bring someone?',
      answer: tip('Yes. A family member or friend can come with you. Tell us when you book.'),
    },
    gender: {
      question: 'Can I ask for a therapist of a certain gender?',
      answer: tip('Yes. Ask when you book, and we will do our best.'),
    },
    stop: {
      question: 'What if I need to stop?',
      answer: say('You can ask to stop at any time, for any reason. Your care is your choice.', { 'apta-ethics-2020': ETHICS }),
    },
  },
  ui: {
    timelineHeading: 'What happens, step by step',
    stepOf: (n, total) => `Step ${n} of ${total}`,
    back: 'Back',
    next: 'Next',
    planHeading: 'How often people come',
    planLegend: 'What brings you in?',
    perWeek: (range) => `${range} visits a week`,
    perMonth: (range) => `${range} visits a month`,
    forWeeks: (range) => `often for ${range}`,
    noUsualLength: 'no usual length',
    rolesHeading: 'Who does what',
    roleDoes: 'What they do',
    roleFits: 'When it fits',
    careHeading: 'When to call',
    callHeading: 'Call the clinic if:',
    urgentHeading: 'Get urgent care if:',
    faqHeading: 'Common questions',
    clinicHours: 'Hours',
    callClinic: (phone) => `Call ${phone}`,
    book: 'Book a visit',
    bookAt: (clinic) => `Book a visit at ${clinic}`,
    stepAnnounce: (n, title) => `Step ${n}: ${title}`,
  },
};
