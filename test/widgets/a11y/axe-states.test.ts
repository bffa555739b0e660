// axe-core clean in every state, for the 2D widgets: each state a reader or a clinic can put a widget in,
// checked after the widget reports it is complete (updateComplete). States: default, dark, Spanish, 320 px,
// print media, a broken JSON config, unknown ids, technical names shown, the guided tour, a clinic config.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';

const config = (json: string) => {
  const s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = json;
  return s;
};

interface State {
  name: string;
  markup: () => TemplateResult;
  width?: number;
  json?: string;
  print?: boolean;
  /** Proof the widget is really in that state (a state that silently did not apply would prove nothing). */
  check?: (root: ShadowRoot, warnings: string[]) => void;
}

const warned = (pattern: RegExp) => (_root: ShadowRoot, warnings: string[]) =>
  expect(warnings.some((w) => pattern.test(w)), `expected a warning matching ${pattern}: ${warnings.join(' | ')}`).to.equal(true);

const STATES: Record<string, State[]> = {
  'pt-gate-control': [
    { name: 'default', markup: () => html`<pt-gate-control></pt-gate-control>` },
    { name: 'dark, stressed brain', markup: () => html`<pt-gate-control theme="dark" brain="stressed" touch="60"></pt-gate-control>` },
    { name: 'Spanish', markup: () => html`<pt-gate-control lang="es"></pt-gate-control>` },
    { name: 'guided tour, 320 px', width: 320, markup: () => html`<pt-gate-control guided step="3"></pt-gate-control>` },
    { name: 'print', print: true, markup: () => html`<pt-gate-control></pt-gate-control>` },
    { name: 'broken JSON config', json: '{ "title": ', check: warned(/pt-gate-control/), markup: () => html`<pt-gate-control></pt-gate-control>` },
    {
      name: 'technical names shown',
      json: '{ "technicalNames": "shown" }',
      check: (root) => expect(root.querySelectorAll('.legend .tech').length, 'technical names in the key').to.be.above(0),
      markup: () => html`<pt-gate-control></pt-gate-control>`,
    },
    { name: 'bad attributes', markup: () => html`<pt-gate-control pain="lots" brain="sleepy" step="9"></pt-gate-control>` },
  ],
  'pt-technique-card': [
    { name: 'default', markup: () => html`<pt-technique-card technique="swedish"></pt-technique-card>` },
    { name: 'dark, Spanish', markup: () => html`<pt-technique-card technique="dry-needling" theme="dark" lang="es"></pt-technique-card>` },
    { name: '320 px', width: 320, markup: () => html`<pt-technique-card technique="deep-tissue"></pt-technique-card>` },
    { name: 'print', print: true, markup: () => html`<pt-technique-card technique="swedish"></pt-technique-card>` },
    { name: 'unknown technique id', check: warned(/reiki/), markup: () => html`<pt-technique-card technique="reiki"></pt-technique-card>` },
    { name: 'broken JSON config', json: '{ "hideFields": [', check: warned(/pt-technique-card/), markup: () => html`<pt-technique-card technique="swedish"></pt-technique-card>` },
  ],
  'pt-technique-compare': [
    { name: 'default, wide', markup: () => html`<pt-technique-compare></pt-technique-compare>` },
    { name: '320 px (stacked)', width: 320, markup: () => html`<pt-technique-compare></pt-technique-compare>` },
    { name: 'dark, Spanish, four techniques', markup: () => html`<pt-technique-compare theme="dark" lang="es" techniques="swedish,deep-tissue,dry-needling,sports-massage"></pt-technique-compare>` },
    { name: 'print', print: true, markup: () => html`<pt-technique-compare></pt-technique-compare>` },
    { name: 'unknown ids', check: warned(/reiki/), markup: () => html`<pt-technique-compare techniques="reiki,cupping,swedish"></pt-technique-compare>` },
    { name: 'broken JSON config', json: 'not json', check: warned(/pt-technique-compare/), markup: () => html`<pt-technique-compare></pt-technique-compare>` },
  ],
};

for (const [tag, states] of Object.entries(STATES)) {
  describe(`<${tag}> axe-core in every state`, () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    for (const state of states) {
      it(`is axe-clean: ${state.name}`, async () => {
        const logs = captureConsole();
        try {
          if (state.print) await emulateMedia({ media: 'print' });
          const wrap = await fixture<HTMLDivElement>(html`<div style=${`width: ${state.width ?? 960}px`}></div>`);
          const holder = await fixture<HTMLElement>(state.markup());
          const el = holder as HTMLElement & { updateComplete: Promise<unknown> };
          // Re-home the element so the width applies, with its JSON config as a child when the state has one.
          if (state.json !== undefined) el.append(config(state.json));
          wrap.append(el);
          await el.updateComplete;
          expect(el.localName).to.equal(tag);
          expect(el.shadowRoot!.querySelector('.pt-root'), 'rendered').to.exist;
          // nothing still loading (but inside a closed disclosure, whose words load when a reader opens it: the gate's);
          // counted, not the element itself: chai describing a DOM element in its message can take minutes
          const pending = Array.from(el.shadowRoot!.querySelectorAll('.loading')).filter((l) => !l.closest('details:not([open])'));
          expect(pending.length, `still loading when checked: ${pending.map((l) => l.textContent).join(' | ')}`).to.equal(0);
          if (state.print) expect(matchMedia('print').matches, 'print media applied').to.equal(true);
          if (state.width) expect(el.getBoundingClientRect().width).to.be.at.most(state.width);
          state.check?.(el.shadowRoot!, logs.warnings);
          await expectAxeClean(el, `<${tag}> ${state.name}`);
        } finally {
          logs.restore();
        }
      });
    }
  });
}
