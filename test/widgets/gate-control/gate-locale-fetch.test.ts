// What a page of one language downloads: an English page never fetches the Spanish text and a Spanish
// page never fetches the English text (its sources and locators come with the first-load code). Each page
// is a fresh iframe, so modules another test already loaded do not hide a fetch.
import { expect, waitUntil } from '@open-wc/testing';

/** Loads the widget in a new `lang` page and returns the paths of every module it fetched until its sources were listed. */
async function fetchedBy(lang: 'en' | 'es', then?: (el: HTMLElement) => Promise<void>): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body><pt-gate-control></pt-gate-control>
    <script type="module" src="/src/widgets/gate-control/pt-gate-control.ts"></script></body></html>`;
  document.body.append(frame);
  try {
    await waitUntil(() => (frame.contentDocument?.querySelector('pt-gate-control')?.shadowRoot?.querySelectorAll('.pt-sources li').length ?? 0) > 0, `a ${lang} page lists its sources`, { timeout: 10000 });
    const el = frame.contentDocument!.querySelector('pt-gate-control')!;
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await new Promise((r) => setTimeout(r, 300)); // a module imported right after the render counts too
    const title = el.shadowRoot!.querySelector('.title')!.textContent;
    expect(title, 'the page shows its own language').to.equal(lang === 'es' ? 'La compuerta del dolor: por qué frotar puede aliviar' : 'The pain gate: why rubbing can ease pain');
    await then?.(el as HTMLElement);
    return frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  } finally {
    frame.remove();
  }
}

/** The words shown only on request (technical names, what each part does, the note, the tour): widgets/gate-control/words.ts. */
const MORE = /\/widgets\/gate-control\/(english|spanish)-more\.(js|ts)$/;
const SPANISH = /\/content\/es\/gate-control\.(js|ts)$/;
const ENGLISH = /\/content\/gate-control\.(js|ts)$|\/widgets\/gate-control\/english\.(js|ts)$/;

describe('<pt-gate-control> fetches only its page language', () => {
  it('an English page fetches the English text and never the Spanish', async () => {
    const paths = await fetchedBy('en');
    expect(paths.filter((p) => ENGLISH.test(p)), 'the English text').to.have.length.above(0);
    expect(paths.filter((p) => SPANISH.test(p))).to.deep.equal([]);
  });

  it('a Spanish page fetches the Spanish text and never the English (its sources come with the first-load code)', async () => {
    const paths = await fetchedBy('es');
    expect(paths.filter((p) => SPANISH.test(p)), 'the Spanish text').to.have.length(1);
    expect(paths.filter((p) => ENGLISH.test(p))).to.deep.equal([]);
    expect(paths.some((p) => p.endsWith('/content/gate-control-base.js') || p.endsWith('/content/gate-control-base.ts')), 'the ids and sources').to.equal(true);
  });

  it('a page fetches the words shown on request only when the reader opens a disclosure, and then shows them', async () => {
    const before = await fetchedBy('en');
    expect(before.filter((p) => MORE.test(p)), 'no words on request before the reader asks').to.deep.equal([]);
    expect(before.filter((p) => /\/widgets\/gate-control\/guide\.(js|ts)$/.test(p)), 'no tour code before a tour starts').to.deep.equal([]);
    let opened = '';
    const after = await fetchedBy('es', async (el) => {
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.parts-info')!;
      details.open = true;
      await waitUntil(() => details.querySelector('dd'), 'what each part does is shown', { timeout: 10000 });
      opened = details.querySelector('dd')!.textContent!;
    });
    expect(opened).to.equal('Las terminaciones nerviosas de la piel detectan el tacto, la presión y el daño.');
    expect(after.filter((p) => MORE.test(p)).map((p) => p.replace(/.*\//, '').replace(/\.ts$/, '.js'))).to.deep.equal(['spanish-more.js']);
  });
});
