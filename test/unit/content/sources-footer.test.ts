// Every widget ends with a "Sources (n)" disclosure that lists real references from sources.ts, formatted
// the same way everywhere, with only doi.org links, in both languages.
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { formatCitation, sourceIds, sources, type SourceId } from '../../../src/content/sources.js';
import { gateControl } from '../../../src/content/gate-control.js';
import { citedIds } from './checks.js';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';

function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const out: Element[] = [...root.querySelectorAll(selector)];
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) out.push(...deepQueryAll(el.shadowRoot, selector));
  return out;
}

async function sourcesOf(el: Element, summaryWord: string): Promise<{ summary: string; items: HTMLLIElement[] }> {
  for (let i = 0; i < 60; i++) {
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    const details = deepQueryAll(el.shadowRoot!, 'details.pt-sources')[0];
    const summary = details?.querySelector('summary')?.textContent?.trim() ?? '';
    if (summary.startsWith(summaryWord)) return { summary, items: [...details!.querySelectorAll('li')] as HTMLLIElement[] };
    await aTimeout(50);
  }
  return { summary: '', items: [] };
}

const tags: [string, string][] = [
  ['pt-gate-control', ''],
  ['pt-technique-compare', ''],
  ['pt-technique-card', 'swedish'],
  ['pt-trigger-point-map', ''],
];

describe('sources disclosure in every widget', () => {
  for (const [tag, technique] of tags) {
    it(`<${tag}> lists real sources, counted, formatted, linked only to doi.org, in English and Spanish`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const el = document.createElement(tag);
      if (technique) el.setAttribute('technique', technique);
      wrapper.appendChild(el);

      const en = await sourcesOf(el, 'Sources');
      expect(en.summary, 'a "Sources (n)" summary').to.match(/^Sources \((\d+)\)$/);
      expect(Number(/\d+/.exec(en.summary)![0])).to.equal(en.items.length);
      expect(en.items.length).to.be.greaterThan(0);
      const ids = en.items.map((li) => li.id.replace(/^src-/, ''));
      expect(ids.filter((id) => !sourceIds.includes(id as SourceId)), 'unknown ids').to.deep.equal([]);
      expect(new Set(ids).size, 'listed once each').to.equal(ids.length);
      for (const li of en.items) {
        const s = sources[li.id.replace(/^src-/, '') as SourceId];
        expect(li.textContent!.replace(/\s+/g, ' ').trim()).to.include(formatCitation(s));
        for (const a of li.querySelectorAll('a')) {
          expect(a.getAttribute('href')).to.equal(`https://doi.org/${s.doi}`);
          expect(a.getAttribute('rel')).to.include('noopener');
        }
      }

      wrapper.lang = 'es';
      const es = await sourcesOf(el, 'Fuentes');
      expect(es.summary).to.equal(`Fuentes (${en.items.length})`);
    });
  }

  it('<pt-gate-control> lists exactly the sources its content cites', async () => {
    const el = await fixture(html`<pt-gate-control></pt-gate-control>`);
    const { items } = await sourcesOf(el, 'Sources');
    expect(items.map((li) => li.id.replace(/^src-/, '')).sort()).to.deep.equal([...citedIds(gateControl)].sort());
  });
});
