// Temporary: lets Storybook build before the widget stories land.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Internal/Smoke', render: () => html`<p>ok</p>` };
export default meta;
export const Default: StoryObj = {};
