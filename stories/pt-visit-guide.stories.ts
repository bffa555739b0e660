// Stories for <pt-visit-guide>: every attribute has a control (from custom-elements.json); one story per
// state: each step, each plan choice, Spanish, dark theme, 320 px, a full clinic JSON config, hidden sections,
// structured data, a refused booking link and print-like "all steps" reading.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/widgets/visit-guide/pt-visit-guide.js';
import { PLAN_IDS } from '../src/content/visit-guide.js';

const { args, argTypes, template } = getStorybookHelpers('pt-visit-guide');

const meta: Meta = {
  title: 'Widgets/Visit guide',
  component: 'pt-visit-guide',
  args: { ...args, step: 1, plan: 'new-injury' },
  argTypes: {
    ...argTypes,
    step: { ...argTypes.step, control: { type: 'range', min: 1, max: 5, step: 1 } },
    plan: { ...argTypes.plan, control: 'select', options: [...PLAN_IDS] },
  },
  render: (a) => template(a),
};
export default meta;

type Story = StoryObj;

const clinicJson = html`<script type="application/json">
  {
    "clinicName": "Riverbend Physical Therapy",
    "phone": "(555) 010-2040",
    "bookingUrl": "https://riverbend.example/book",
    "hours": "Mon–Fri 7 am – 7 pm, Sat 8 am – 12 pm",
    "wear": "Wear shorts or loose pants and a T-shirt.",
    "referral": "You do not need a referral to see us. Some insurance plans still ask for one: we can help you check.",
    "insurance": "We bill most major plans and Medicare.",
    "hideFaq": ["gender"],
    "addFaq": [
      {
        "question": "Is there parking?",
        "answer": "Yes, free parking behind the building.",
        "es": { "question": "¿Hay estacionamiento?", "answer": "Sí, gratis detrás del edificio." }
      }
    ],
    "es": { "wear": "Use pantalón corto o suelto y una camiseta.", "hours": "Lun–Vie 7 am – 7 pm, Sáb 8 am – 12 pm" },
    "disclaimer": "Questions before your visit? Call us."
  }
</script>`;

export const BeforeYouCome: Story = { name: 'Step 1: Before you come' };
export const FirstVisit: Story = { name: 'Step 2: First visit', args: { step: 2 } };
export const DuringASession: Story = { name: 'Step 3: During a session', args: { step: 3 } };
export const After: Story = { name: 'Step 4: After', args: { step: 4 } };
export const PlanNewInjury: Story = { name: 'Step 5: Plan, new injury', args: { step: 5, plan: 'new-injury' } };
export const PlanLongLasting: Story = { name: 'Step 5: Plan, long-lasting pain', args: { step: 5, plan: 'long-lasting' } };
export const PlanAfterSurgery: Story = { name: 'Step 5: Plan, after surgery', args: { step: 5, plan: 'after-surgery' } };
export const PlanStayingWell: Story = { name: 'Step 5: Plan, staying well', args: { step: 5, plan: 'staying-well' } };

export const Spanish: Story = {
  args: { step: 5, plan: 'long-lasting' },
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};

export const Dark: Story = {
  args: { theme: 'dark', step: 3 },
  decorators: [(story) => html`<div style="background:#0b0f14;padding:1rem">${story()}</div>`],
};

export const Narrow320: Story = {
  name: 'Narrow (320 px) with clinic details',
  render: (a) => html`<div style="width:320px">${template(a, clinicJson)}</div>`,
};

export const ClinicConfig: Story = {
  name: 'Clinic JSON: phone, hours, booking, tips, FAQ',
  render: (a) => template(a, clinicJson),
};

export const ClinicConfigSpanish: Story = {
  name: 'Clinic JSON in Spanish',
  render: (a) => html`<div lang="es">${template(a, clinicJson)}</div>`,
};

export const HiddenSections: Story = {
  name: 'Clinic JSON: only the timeline and the FAQ',
  render: (a) => template(a, html`<script type="application/json">{ "hideSections": ["roles", "care"] }</script>`),
};

export const StructuredData: Story = {
  name: 'Structured data (FAQPage JSON-LD in the light DOM)',
  args: { 'structured-data': true },
  render: (a) => template(a, clinicJson),
};

export const RefusedBookingLink: Story = {
  name: 'Bad input: javascript: booking link (refused, one console warning)',
  render: (a) => template(a, html`<script type="application/json">{ "bookingUrl": "javascript:alert(1)", "phone": "(555) 010-2040" }</script>`),
};

export const BadAttributes: Story = {
  name: 'Bad input: step="9" plan="forever" (fallbacks, one warning each)',
  args: { step: 9, plan: 'forever' },
};

export const CustomTheme: Story = {
  name: 'Custom properties and ::part',
  render: (a) =>
    html`<style>
        .brand pt-visit-guide {
          --pt-accent: #7a3e9d;
          --pt-radius: 4px;
          --pt-font-family: Georgia, serif;
        }
        .brand pt-visit-guide::part(faq-item) {
          background: #f6f0fa;
        }
      </style>
      <div class="brand">${template(a)}</div>`,
};
