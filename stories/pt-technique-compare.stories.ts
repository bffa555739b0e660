// Stories for <pt-technique-compare>: every attribute has a control (from custom-elements.json); states
// for wide and narrow (320 px) containers, Spanish, dark theme and a clinic JSON config.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/widgets/technique-compare/pt-technique-compare.js';

const { args, argTypes, template } = getStorybookHelpers('pt-technique-compare');

const meta: Meta = {
  title: 'Widgets/Technique compare',
  component: 'pt-technique-compare',
  args: { ...args, techniques: 'myofascial-release,trigger-point-therapy,active-release' },
  argTypes,
  render: (a) => template(a),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const DefaultList: Story = { name: 'No attribute (default three)', args: { techniques: undefined } };

export const FourAtOnce: Story = { args: { techniques: 'swedish,deep-tissue,sports-massage,lymphatic-drainage' } };

export const Spanish: Story = {
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0b0f14;padding:1rem">${story()}</div>`],
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
};

export const ClinicJson: Story = {
  name: 'Clinic JSON: relabel, hide, add, disclaimer',
  args: { techniques: 'deep-tissue,cupping,swedish' },
  render: (a) =>
    template(
      a,
      html`<script type="application/json">
        {
          "techniques": { "deep-tissue": { "name": "Deep massage", "es": { "name": "Masaje profundo" } } },
          "hideFields": ["evidence"],
          "addTechniques": [
            {
              "id": "cupping",
              "name": "Cupping",
              "summary": "Soft cups on the skin gently lift the tissue.",
              "feels": "A pulling feeling. It should not hurt.",
              "pressure": 2,
              "worksOn": ["fascia", "muscle"],
              "usedFor": "Tight muscles in the back and shoulders.",
              "sessionMinutes": [10, 20],
              "after": "Round marks that fade in a few days.",
              "precautions": ["take blood thinners or bruise easily"]
            }
          ],
          "disclaimer": "Ask us if these treatments are right for you."
        }
      </script>`,
    ),
};
