// axe-core against an element (it sees into open shadow roots); fails with a readable list.
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
declare const axe: { run(ctx: Element | Document, opts?: object): Promise<AxeResult> };

/** Runs axe-core (WCAG 2.0–2.2 A/AA rules) on `el` and asserts there are no violations. */
export async function expectAxeClean(el: Element, label = ''): Promise<void> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
  });
  const lines = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n    ')}`,
  );
  expect(lines, `axe-core violations ${label}\n${lines.join('\n')}`).to.deep.equal([]);
}
