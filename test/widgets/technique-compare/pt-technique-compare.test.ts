// <pt-technique-compare> in Chromium: table vs stacked layout by container width, add/remove by keyboard
// with limits and events, clinic JSON, bad input, Spanish, print, and axe-core in every state.
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import type { PtTechniqueCompare } from '../../../src/widgets/technique-compare/pt-technique-compare.js';
import { TECHNIQUE_IDS, techniques } from '../../../src/content/techniques.js';
import { techniquesEs } from '../../../src/content/es/techniques.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';
import { mountWidget } from '../../helpers/mount.js';

const $ = <T extends Element = HTMLElement>(el: PtTechniqueCompare, sel: string): T => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: PtTechniqueCompare, sel: string): T[] => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
const colNames = (el: PtTechniqueCompare): string[] => $$(el, 'thead th[scope="col"] .col-name').map((n) => n.textContent!);
const shown = (node: Element): boolean => getComputedStyle(node).display !== 'none';

function compare(opts: { techniques?: string; json?: string; width?: number; lang?: string } = {}): Promise<PtTechniqueCompare> {
  const attrs: Record<string, string> = opts.techniques !== undefined ? { techniques: opts.techniques } : {};
  return mountWidget<PtTechniqueCompare>('pt-technique-compare', { ...opts, attrs }, 1024);
}

/** Focuses an element inside the shadow root the way a keyboard user would land on it. */
function focus(el: PtTechniqueCompare, sel: string): HTMLElement {
  const target = $(el, sel);
  target.focus();
  expect(el.shadowRoot!.activeElement, `focus ${sel}`).to.equal(target);
  return target;
}

describe('<pt-technique-compare>', () => {
  before(() => setViewport({ width: 1200, height: 900 }));

  it('defaults to three common techniques and reflects them to the attribute', async () => {
    const el = await compare();
    expect(colNames(el)).to.deep.equal(['Soft tissue massage', 'Myofascial release', 'Trigger point therapy']);
    expect(el.getAttribute('techniques')).to.equal('soft-tissue,myofascial-release,trigger-point-therapy');
    el.techniques = ['swedish', 'dry-needling'];
    await el.updateComplete;
    expect(el.getAttribute('techniques')).to.equal('swedish,dry-needling');
    expect(colNames(el)).to.deep.equal(['Swedish massage', 'Dry needling']);
  });

  it('renders every built-in technique in a column with its name, summary and pressure in words', async () => {
    const words = ['very light', 'light to medium', 'medium', 'medium to firm', 'firm'];
    for (let i = 0; i < TECHNIQUE_IDS.length; i += 2) {
      const pair = TECHNIQUE_IDS.slice(i, i + 2);
      const el = await compare({ techniques: pair.join(',') });
      expect(colNames(el)).to.deep.equal(pair.map((id) => techniques[id].name));
      const table = $(el, 'table').textContent!.replace(/\s+/g, ' ');
      for (const id of pair) {
        expect(table, id).to.contain(techniques[id].summary.text);
        const level = techniques[id].pressure;
        if (level === 'none') expect(table, id).to.contain('Not a pressure treatment');
        else expect(table, id).to.contain(`Pressure: ${level} of 5, ${words[level - 1]}`);
      }
    }
  });

  it('is a real table with column and row headers and a caption in a wide container', async () => {
    const el = await compare({ techniques: 'myofascial-release,trigger-point-therapy,active-release', width: 1024 });
    expect(shown($(el, '.table-view'))).to.equal(true);
    expect(shown($(el, '.stack-view'))).to.equal(false);
    expect($(el, 'table caption').textContent).to.contain('Myofascial release, Trigger point therapy, and Active Release Technique');
    expect($$(el, 'thead th[scope="col"]')).to.have.length(4);
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(9);
    for (const row of rows) {
      expect(row.querySelectorAll('th[scope="row"]')).to.have.length(1);
      expect(row.querySelectorAll('td')).to.have.length(3);
    }
    expect($$(el, 'tbody th[scope="row"]').map((th) => th.textContent!.trim())).to.include('How much pressure?');
    // The same question reads across: the pressure row holds each technique's pressure, in column order.
    const pressureRow = rows.find((r) => r.querySelector('th')!.textContent!.includes('pressure'))!;
    expect(Array.from(pressureRow.querySelectorAll('td')).map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Pressure: 2 of 5, light to medium',
      'Pressure: 4 of 5, medium to firm',
      'Pressure: 4 of 5, medium to firm',
    ]);
    await expectAxeClean(el, 'wide');
  });

  it('stacks by question at 320 px, with no horizontal overflow', async () => {
    const el = await compare({ techniques: 'myofascial-release,trigger-point-therapy,instrument-assisted', width: 320 });
    expect(shown($(el, '.table-view'))).to.equal(false);
    expect(shown($(el, '.stack-view'))).to.equal(true);
    const sections = $$(el, '.stack-view section.question');
    expect(sections).to.have.length(9);
    for (const s of sections) {
      expect(s.querySelector('h3')).to.exist;
      expect(Array.from(s.querySelectorAll('dt')).map((dt) => dt.textContent)).to.deep.equal([
        'Myofascial release',
        'Trigger point therapy',
        'Tool-assisted soft tissue work',
      ]);
    }
    const base = $(el, '.pt-root');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const node of $$(el, '.pt-root *')) {
      const r = node.getBoundingClientRect();
      if (r.width) expect(r.right, node.className || node.localName).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
    await expectAxeClean(el, 'narrow');
  });

  it('adds with the keyboard (select + Enter on Add), fires pt-technique-change, and stops at 4', async () => {
    const el = await compare();
    focus(el, 'select');
    await sendKeys({ press: 'ArrowDown' }); // second option in the list
    const chosen = $<HTMLSelectElement>(el, 'select').value;
    expect(chosen).to.equal(TECHNIQUE_IDS.filter((id) => !['soft-tissue', 'myofascial-release', 'trigger-point-therapy'].includes(id))[1]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.add'));
    const event = oneEvent(el, 'pt-technique-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ techniques: ['soft-tissue', 'myofascial-release', 'trigger-point-therapy', chosen] });
    await el.updateComplete;
    expect(colNames(el)).to.have.length(4);
    expect(el.getAttribute('techniques')).to.equal(detail.techniques.join(','));
    expect($(el, '[role="status"]').textContent).to.contain(`Added ${techniques[chosen as keyof typeof techniques].name}. Now comparing 4.`);
    // At 4 the Add button stays focusable but says why it does nothing.
    const add = $(el, 'button.add');
    expect(el.shadowRoot!.activeElement).to.equal(add);
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, `#${add.getAttribute('aria-describedby')}`).textContent).to.contain('up to 4');
    let fired = 0;
    el.addEventListener('pt-technique-change', () => fired++);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(colNames(el)).to.have.length(4);
    expect($(el, '[role="status"]').textContent).to.contain('up to 4');
    await expectAxeClean(el, 'after add (4 shown)');
  });

  it('removes with the keyboard, moves focus to the next Remove button, and stops at 2', async () => {
    const el = await compare({ techniques: 'swedish,deep-tissue,dry-needling' });
    const buttons = $$(el, '.chosen button');
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Remove Swedish massage',
      'Remove Deep tissue massage',
      'Remove Dry needling',
    ]);
    focus(el, '.chosen li:nth-child(2) button');
    const event = oneEvent(el, 'pt-technique-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail).to.deep.equal({ techniques: ['swedish', 'dry-needling'] });
    await el.updateComplete;
    expect(colNames(el)).to.deep.equal(['Swedish massage', 'Dry needling']);
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Dry needling');
    expect($(el, '[role="status"]').textContent).to.contain('Removed Deep tissue massage. Now comparing 2.');
    // At 2, Remove explains itself and does nothing.
    const remove = el.shadowRoot!.activeElement as HTMLElement;
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, `#${remove.getAttribute('aria-describedby')}`).textContent).to.contain('at least 2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(colNames(el)).to.have.length(2);
    expect($(el, '[role="status"]').textContent).to.contain('at least 2');
    await expectAxeClean(el, 'after remove (2 shown)');
  });

  it('warns once about unknown ids, listing valid ones (clinic ids included), and renders the known ones', async () => {
    const c = captureConsole();
    try {
      const json = JSON.stringify({ addTechniques: [{ id: 'cupping', name: 'Cupping', summary: 'Cups lift the skin.', pressure: 2 }] });
      const el = await compare({ techniques: 'swedish,reiki,cupping,deep-tisue', json });
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.match(/^\[pt-technique-compare\] techniques: unknown ids "reiki", "deep-tisue"/);
      for (const id of [...TECHNIQUE_IDS, 'cupping']) expect(c.warnings[0]).to.contain(id);
      expect(colNames(el)).to.deep.equal(['Swedish massage', 'Cupping']);
      el.requestUpdate();
      await el.updateComplete;
      expect(c.warnings).to.have.length(1);
    } finally {
      c.restore();
    }
  });

  it('shows at most 4, with one warning naming the ones left out', async () => {
    const c = captureConsole();
    try {
      const el = await compare({ techniques: 'swedish,deep-tissue,dry-needling,sports-massage,active-release' });
      expect(colNames(el)).to.have.length(4);
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.contain('at most 4');
      expect(c.warnings[0]).to.contain('active-release');
    } finally {
      c.restore();
    }
  });

  it('re-reads the clinic JSON when the page changes it', async () => {
    const el = await compare({ techniques: 'swedish,deep-tissue', json: '{}' });
    el.querySelector('script')!.textContent = JSON.stringify({ techniques: { swedish: { name: 'Relax massage' } } });
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(colNames(el)[0]).to.equal('Relax massage');
  });

  it('applies clinic JSON: relabel, hide a question, add its own technique, replace the disclaimer', async () => {
    const json = JSON.stringify({
      techniques: { 'deep-tissue': { name: 'Deep massage' } },
      hideFields: ['evidence'],
      addTechniques: [
        {
          id: 'cupping',
          name: 'Cupping',
          summary: 'Cups on the skin gently lift the tissue.',
          feels: 'A pulling feeling.',
          pressure: 2,
          worksOn: ['fascia', 'muscle'],
          usedFor: 'Tight muscles.',
          sessionMinutes: [10, 20],
          after: 'Round marks that fade in a week.',
          precautions: ['take blood thinners'],
          evidence: 'Few good studies.',
        },
      ],
      disclaimer: 'Ask us before you book.',
    });
    const el = await compare({ techniques: 'deep-tissue,cupping', json });
    expect(colNames(el)).to.deep.equal(['Deep massage', 'Cupping']);
    expect($$(el, 'tbody th').map((th) => th.textContent)).not.to.include('What does research say?');
    expect($$(el, 'tbody tr')).to.have.length(8);
    expect($(el, '.pt-disclaimer').textContent!.trim()).to.equal('Ask us before you book.');
    expect($(el, 'thead').textContent).to.contain('Added by your clinic');
    expect($$(el, 'option').map((o) => o.textContent)).not.to.include('Deep massage');
    await expectAxeClean(el, 'clinic JSON');
  });

  it('shows HTML in clinic JSON as literal text, creating no element', async () => {
    const payload = '<img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script><b>x</b>';
    const el = await compare({ techniques: 'swedish,deep-tissue', json: JSON.stringify({ techniques: { swedish: { name: payload } }, disclaimer: payload }) });
    expect(colNames(el)[0]).to.equal(payload);
    expect($(el, '.pt-disclaimer').textContent!.trim()).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img, b, .pt-root script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('warns exactly once for broken JSON and renders the defaults', async () => {
    const c = captureConsole();
    try {
      const el = await compare({ json: '{"hideFields": ["evidence",' });
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.contain('[pt-technique-compare]');
      expect(c.warnings[0]).to.contain('not valid JSON');
      expect(colNames(el)).to.have.length(3);
      expect($$(el, 'tbody tr')).to.have.length(9);
      expect(c.errors).to.deep.equal([]);
    } finally {
      c.restore();
    }
  });

  it('switches all UI and content to Spanish with lang="es", and re-renders when lang changes', async () => {
    const el = await compare({ techniques: 'swedish,lymphatic-drainage', lang: 'es' });
    expect($(el, '.title').textContent).to.equal('Compare tratamientos manuales');
    expect(colNames(el)).to.deep.equal([techniquesEs.swedish.name, techniquesEs['lymphatic-drainage'].name]);
    expect($(el, 'table').textContent).to.contain('¿Cuánta presión?');
    expect($(el, 'table').textContent).to.contain(techniquesEs.swedish.summary);
    expect($(el, 'label').textContent).to.contain('Agregar un tratamiento');
    expect($(el, '.pt-safety').textContent).to.contain('No es un diagnóstico');
    await expectAxeClean(el, 'Spanish');
    el.parentElement!.style.width = '320px';
    expect(shown($(el, '.stack-view'))).to.equal(true);
    expect($(el, '.stack-view h3').textContent).to.equal('¿Qué es?');
    await expectAxeClean(el, 'Spanish narrow');
    el.parentElement!.style.width = '1024px';
    el.parentElement!.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(colNames(el)).to.deep.equal(['Swedish massage', 'Lymph drainage massage']);
    el.setAttribute('lang', 'es-MX');
    await el.updateComplete;
    expect($(el, '.title').textContent).to.equal('Compare tratamientos manuales');
  });

  it('is axe-clean in dark theme, wide and narrow', async () => {
    const wide = await compare({ width: 1024 });
    wide.theme = 'dark';
    await wide.updateComplete;
    await expectAxeClean(wide, 'dark wide');
    const narrow = await compare({ width: 320 });
    narrow.setAttribute('theme', 'dark');
    await narrow.updateComplete;
    await expectAxeClean(narrow, 'dark narrow');
  });

  it('prints as a handout: controls hidden, table shown even when narrow, sources expanded', async () => {
    const el = await compare({ width: 320 });
    try {
      await emulateMedia({ media: 'print' });
      expect(shown($(el, '.controls'))).to.equal(false);
      expect(shown($(el, '.table-view'))).to.equal(true);
      expect(shown($(el, '.stack-view'))).to.equal(false);
      const details = $<HTMLDetailsElement>(el, 'details.pt-sources');
      expect(details.open).to.equal(false);
      expect(details.querySelector('ol')!.checkVisibility(), 'sources list visible in print').to.equal(true);
      expect(getComputedStyle($(el, 'tbody tr')).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, '.pt-root')).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(shown($(el, '.controls'))).to.equal(true);
    // On screen the closed disclosure hides its list again (so the print check above is meaningful).
    expect($(el, 'details.pt-sources ol').checkVisibility()).to.equal(false);
    // beforeprint opens the sources for browsers that hide closed <details> content on paper.
    window.dispatchEvent(new Event('beforeprint'));
    expect($<HTMLDetailsElement>(el, 'details.pt-sources').open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect($<HTMLDetailsElement>(el, 'details.pt-sources').open).to.equal(false);
  });
  it('fills up to 2 from the defaults when fewer are asked for, with one warning naming the attribute', async () => {
    const c = captureConsole();
    try {
      const el = await compare({ techniques: 'swedish' });
      expect(colNames(el)).to.deep.equal(['Swedish massage', 'Soft tissue massage']);
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.match(/^\[pt-technique-compare\] techniques/);
      expect(c.warnings[0]).to.contain('2 to 4');
      el.requestUpdate();
      await el.updateComplete;
      expect(c.warnings).to.have.length(1);
      await expectAxeClean(el, 'one asked for, two shown');

      // a default already chosen is not repeated
      c.warnings.length = 0;
      const el2 = await compare({ techniques: 'soft-tissue' });
      expect(colNames(el2)).to.deep.equal(['Soft tissue massage', 'Myofascial release']);
      expect(c.warnings).to.have.length(1);
      expect(c.errors).to.deep.equal([]);
    } finally {
      c.restore();
    }
  });

  it('announces again when Add is pressed at the limit twice', async () => {
    const el = await compare({ techniques: 'swedish,deep-tissue,dry-needling,sports-massage' });
    const live = $(el, '[role="status"]');
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      const t = live.textContent!.trim();
      if (t) heard.push(t);
    });
    observer.observe(live, { childList: true, subtree: true, characterData: true });
    try {
      focus(el, 'button.add');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(heard.filter((t) => t.includes('up to 4'))).to.have.length(2);
      expect(live.textContent).to.contain('up to 4');
    } finally {
      observer.disconnect();
    }
  });
});
