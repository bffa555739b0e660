// Stories for <pt-technique-card>: every attribute has a control (from custom-elements.json); states
// for each technique, Spanish, dark theme, a 320 px column and a clinic JSON config.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/widgets/technique-compare/pt-technique-card.js';
import { TECHNIQUE_IDS } from '../src/content/techniques.js';

const { args, argTypes, template } = getStorybookHelpers('pt-technique-card');

const meta: Meta = {
  title: 'Widgets/Technique card',
  component: 'pt-technique-card',
  args: { ...args, technique: 'myofascial-release' },
  argTypes: { ...argTypes, technique: { ...argTypes.technique, control: 'select', options: [...TECHNIQUE_IDS] } },
  render: (a) => template(a),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const DryNeedling: Story = { args: { technique: 'dry-needling' } };

export const LymphDrainage: Story = { args: { technique: 'lymphatic-drainage', 'heading-level': 2 } };

export const Spanish: Story = {
  args: { technique: 'deep-tissue' },
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};

export const Dark: Story = {
  args: { technique: 'instrument-assisted', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0b0f14;padding:1rem">${story()}</div>`],
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  args: { technique: 'trigger-point-therapy' },
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
};

export const ClinicTechnique: Story = {
  name: 'Clinic JSON: own technique (cupping)',
  args: { technique: 'cupping' },
  render: (a) =>
    template(
      a,
      html`<script type="application/json">
        {
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
              "precautions": ["take blood thinners or bruise easily", "have thin or fragile skin"],
              "evidence": "There are few good studies.",
              "es": { "name": "Ventosas", "summary": "Ventosas suaves sobre la piel levantan el tejido con cuidado." }
            }
          ],
          "disclaimer": "Ask us if this treatment is right for you."
        }
      </script>`,
    ),
};

export const ClinicRelabel: Story = {
  name: 'Clinic JSON: relabel and hide',
  args: { technique: 'deep-tissue' },
  render: (a) =>
    template(
      a,
      html`<script type="application/json">
        { "techniques": { "deep-tissue": { "name": "Deep massage" } }, "hideFields": ["evidence", "worksOn"] }
      </script>`,
    ),
};
