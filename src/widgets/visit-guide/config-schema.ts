// JSON Schema for the clinic config of <pt-visit-guide> (a <script type="application/json"> child).
// Published as dist/schema/pt-visit-guide.schema.json; the element validates with the same object, loaded
// only when a page has a config. The booking link is checked again when it is used (http/https only).
import type { JsonSchema } from '../../core/schema.js';
import { FAQ_IDS, PLAN_IDS, SECTION_IDS, type FaqId, type PlanId, type SectionId } from '../../content/visit-guide-base.js';

const text = (maxLength: number, description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength, description });

/** The clinic's own words, which may also be given in Spanish under `es`. */
const clinicWords = {
  wear: text(300, 'Replaces the "what to wear" tip of the first step.'),
  bring: text(300, 'Replaces the "what to bring" tip of the first step.'),
  arrive: text(300, 'Replaces the "arrive early" tip of the first step.'),
  hours: text(200, 'Opening hours, shown with the phone number (plain text).'),
  insurance: text(600, 'Answer to "Will insurance pay?".'),
  referral: text(600, 'Answer to "Do I need a referral?".'),
  disclaimer: text(600, "The clinic's note under the widget. The core safety line (education only, not a diagnosis, emergencies) always stays."),
} satisfies Record<string, JsonSchema>;

const qa = (required: boolean): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  ...(required ? { required: ['question', 'answer'] } : {}),
  properties: {
    question: text(200, 'The question.'),
    answer: text(1000, 'The answer (plain text).'),
    es: {
      type: 'object',
      additionalProperties: false,
      description: 'The same question and answer in Spanish (shown when lang="es").',
      properties: { question: text(200, 'La pregunta.'), answer: text(1000, 'La respuesta.') },
    },
  },
});

const range = (max: number, description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'integer', minimum: 1, maximum: max },
  minItems: 1,
  maxItems: 2,
  description,
});

export const visitGuideSchema: JsonSchema = {
  $id: 'pt-explainers/schema/visit-guide',
  title: 'pt-visit-guide clinic configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    clinicName: text(80, "The clinic's name (used on the booking button)."),
    phone: {
      ...text(40, 'A phone number as it should be shown (digits, spaces, ( ) - . / and a leading +); it becomes a call link.'),
      pattern: '^\\+?[0-9 ().\\-/]{3,40}$',
    },
    // Checked here so an editor flags it, and again where the link is made (model.ts bookingLink).
    bookingUrl: {
      ...text(500, 'An https:// or http:// link, a path on your site starting with /, or #a-place-on-this-page (other links are refused).'),
      pattern: '^(?:[Hh][Tt][Tt][Pp][Ss]?://\\S+|/(?!/)\\S*|#\\S*)$',
    },
    ...clinicWords,
    es: { type: 'object', additionalProperties: false, description: 'Spanish versions of the clinic text (shown when lang="es").', properties: clinicWords },
    hideSections: { type: 'array', items: { enum: SECTION_IDS }, uniqueItems: true, description: 'Sections to leave out. The safety line always stays.' },
    hideFaq: { type: 'array', items: { enum: FAQ_IDS }, uniqueItems: true, description: 'Built-in questions to leave out.' },
    faq: {
      type: 'object',
      description: 'Relabel or rewrite built-in questions, by id.',
      propertyNames: { enum: FAQ_IDS },
      additionalProperties: qa(false),
    },
    addFaq: { type: 'array', items: qa(true), maxItems: 12, description: "The clinic's own questions, shown after the built-in ones." },
    plans: {
      type: 'object',
      description: "The clinic's own typical ranges for a plan choice.",
      propertyNames: { enum: PLAN_IDS },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          visits: range(14, 'Visits: [fewest, most].'),
          per: { enum: ['week', 'month'], description: 'Visits per week or per month.' },
          weeks: range(104, 'How many weeks: [fewest, most].'),
        },
      },
    },
  },
  examples: [
    {
      clinicName: 'Riverbend Physical Therapy',
      phone: '(555) 010-2040',
      bookingUrl: 'https://riverbend.example/book',
      hours: 'Mon–Fri 7 am – 7 pm',
      referral: 'You do not need a referral to see us. Some insurance plans still ask for one.',
      hideFaq: ['gender'],
      addFaq: [{ question: 'Is there parking?', answer: 'Yes, free parking behind the building.' }],
    },
  ],
};

export interface ClinicWords {
  wear?: string;
  bring?: string;
  arrive?: string;
  hours?: string;
  insurance?: string;
  referral?: string;
  disclaimer?: string;
}

interface QuestionText {
  question?: string;
  answer?: string;
  es?: { question?: string; answer?: string };
}

export interface VisitGuideConfig extends ClinicWords {
  clinicName?: string;
  phone?: string;
  bookingUrl?: string;
  es?: ClinicWords;
  hideSections?: SectionId[];
  hideFaq?: FaqId[];
  faq?: Partial<Record<FaqId, QuestionText>>;
  addFaq?: (QuestionText & { question: string; answer: string })[];
  plans?: Partial<Record<PlanId, { visits?: number[]; per?: 'week' | 'month'; weeks?: number[] }>>;
}
