// Stories for <pt-gate-control>: every attribute has a control (from custom-elements.json) plus `lang`;
// states for the guided tour, Spanish, dark theme, a narrow 320 px container, reduced motion and clinic JSON.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/widgets/gate-control/pt-gate-control.js';

const { events, args, argTypes, template } = getStorybookHelpers('pt-gate-control');

const meta: Meta = {
  title: 'Widgets/Gate control',
  component: 'pt-gate-control',
  args: { ...args, lang: 'en' },
  argTypes: {
    ...argTypes,
    lang: { control: 'inline-radio', options: ['en', 'es'], description: 'Language of the wrapper (the widget follows the nearest `lang`).' },
  },
  // `lang` goes on a wrapper so the story also shows that the widget inherits it from an ancestor.
  render: ({ lang, ...a }) => html`<div lang=${lang ?? 'en'}>${template(a)}</div>`,
  parameters: { actions: { handles: events } },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const MassageClosesTheGate: Story = { name: 'Massage on, calm brain', args: { pain: 70, touch: 85, brain: 'calm' } };

export const Stressed: Story = { name: 'Stressed, no touch', args: { pain: 80, touch: 0, brain: 'stressed' } };

export const Guided: Story = { name: 'Guided tour', args: { guided: true, step: 1 } };

export const GuidedStep4: Story = { name: 'Guided tour, step 4', args: { guided: true, step: 4 } };

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0b0f14;padding:1rem">${story()}</div>`],
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
};

export const NarrowSpanishGuided: Story = {
  name: 'Narrow (320 px), Spanish, guided',
  args: { lang: 'es', guided: true },
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
};

export const ReducedMotionNote: Story = {
  name: 'Reduced motion (note)',
  parameters: {
    docs: {
      description: {
        story:
          'With `prefers-reduced-motion: reduce` (turn it on in your system or in DevTools › Rendering) the widget does not start the moving dots: still arrows show the same state, and a note says Play is available.',
      },
    },
  },
};

export const ClinicJson: Story = {
  name: 'Clinic JSON: relabel, hide technical names and note, own disclaimer',
  args: { guided: true },
  render: ({ lang, ...a }) =>
    html`<div lang=${lang ?? 'en'}>
      ${template(
        a,
        html`<script type="application/json">
          {
            "title": "Why rubbing a bump helps",
            "labels": { "pain": "How much it hurts", "touch": "Massage", "calm": "Relaxed" },
            "parts": { "interneuron": "Brake cell" },
            "steps": [{ "title": "Ouch!", "text": "You bump your knee on the table. Pain signals start to travel." }],
            "technicalNames": "hidden",
            "note": false,
            "disclaimer": "Questions? Ask your therapist at Riverside Physio."
          }
        </script>`,
      )}
    </div>`,
};
