// Stories for <pt-trigger-point-map>: every attribute has a control (from custom-elements.json) plus `lang`;
// states for a chosen muscle, "where does it hurt", Spanish, dark theme, 320 px, reduced motion, two maps, clinic JSON.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/widgets/trigger-point-map/pt-trigger-point-map.js';

const { events, args, argTypes, template } = getStorybookHelpers('pt-trigger-point-map');

const meta: Meta = {
  title: 'Widgets/Trigger point map',
  component: 'pt-trigger-point-map',
  args: { ...args, lang: 'en' },
  argTypes: {
    ...argTypes,
    lang: { control: 'inline-radio', options: ['en', 'es'], description: 'Language of the wrapper (the widget follows the nearest `lang`).' },
  },
  render: ({ lang, ...a }) => html`<div lang=${lang ?? 'en'}>${template(a)}</div>`,
  parameters: { actions: { handles: events } },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const UpperTrapezius: Story = { name: 'Muscle: upper trapezius (neck to temple, like a question mark)', args: { muscle: 'upper-trapezius' } };

export const Infraspinatus: Story = {
  name: 'Muscle: infraspinatus (trigger points on the back, pain in the front: second small view)',
  args: { muscle: 'infraspinatus' },
};

export const Sternocleidomastoid: Story = { name: 'Muscle: sternocleidomastoid (face zones)', args: { muscle: 'sternocleidomastoid' } };

export const GluteusMinimus: Story = { name: 'Deep muscle: gluteus minimus ("pseudo-sciatica")', args: { muscle: 'gluteus-minimus' } };

export const QuadratusLumborum: Story = { name: 'Deep muscle: quadratus lumborum (separate zones along the pelvis)', args: { muscle: 'quadratus-lumborum' } };

export const Soleus: Story = { name: 'Deep muscle: soleus (heel)', args: { muscle: 'soleus' } };

export const OnlyChosen: Story = {
  name: '"Show all trigger points" off: only the chosen muscle',
  args: { muscle: 'infraspinatus', markers: 'chosen' },
};

export const Flat2D: Story = {
  name: '2D chart (flat: no three.js; also without WebGL)',
  args: { muscle: 'gluteus-minimus', flat: true },
};

export const PrintHandout: Story = {
  name: 'Print handout',
  args: { muscle: 'upper-trapezius' },
  parameters: {
    docs: {
      description: {
        story:
          "Print this story (or any page with a chosen muscle): the printout is one page with the front, back and side chart, the muscle's plain and technical names, where it hurts, what may help, when to get care first, and the sources.",
      },
    },
  },
};

export const ChestWithWarning: Story = { name: 'Muscle with a seek-care warning (chest)', args: { muscle: 'pectoralis-major' } };

export const WhereDoesItHurt: Story = { name: 'Where does it hurt: temple', args: { 'pain-area': 'temple' } };

export const BackView: Story = { name: 'Back view', args: { view: 'back' } };

export const Spanish: Story = { args: { lang: 'es', muscle: 'soleus' } };

export const Dark: Story = {
  args: { theme: 'dark', muscle: 'temporalis' },
  decorators: [(story) => html`<div style="background:#0b0f14;padding:1rem">${story()}</div>`],
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  args: { muscle: 'scalenes' },
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
};

export const ReducedMotion: Story = {
  name: 'Reduced motion',
  args: { muscle: 'infraspinatus' },
  parameters: {
    docs: {
      description: {
        story:
          'With `prefers-reduced-motion: reduce` (system setting, or DevTools › Rendering) choosing a muscle jumps the camera straight to it instead of flying there.',
      },
    },
  },
};

export const TwoMaps: Story = {
  name: 'Two maps, one WebGL context',
  render: () =>
    html`<div style="display:grid;gap:1rem">
      <pt-trigger-point-map muscle="masseter"></pt-trigger-point-map>
      <pt-trigger-point-map muscle="vastus-medialis"></pt-trigger-point-map>
    </div>`,
};

export const ClinicJson: Story = {
  name: 'Clinic JSON: rename, hide, own muscle, own disclaimer',
  render: ({ lang, ...a }) =>
    html`<div lang=${lang ?? 'en'}>
      ${template(
        a,
        html`<script type="application/json">
          {
            "muscles": { "upper-trapezius": { "name": "Shoulder-top muscle" } },
            "areas": { "temple": "Side of the forehead" },
            "hide": ["iliopsoas"],
            "extraMuscles": [
              {
                "id": "clinic-hamstring",
                "name": "Back of thigh muscles",
                "technicalName": "Hamstrings",
                "region": "hip-leg",
                "where": "In the middle of the back of the thigh.",
                "description": "The hamstrings bend the knee. Many of our clients feel their ache behind the knee.",
                "essential": ["back-of-thigh", "back-of-knee"],
                "spillover": ["calf"],
                "symptoms": ["Ache when sitting for long."],
                "selfCare": "Stand up and walk every 30 minutes.",
                "point": { "view": "back", "x": 90, "y": 680 }
              }
            ],
            "disclaimer": "Questions? Ask your therapist at Riverside Physio."
          }
        </script>`,
      )}
    </div>`,
  args: { muscle: 'clinic-hamstring', view: 'back' },
};
