// Every widget's colour scheme, seen from outside: by default it follows the host page (light unless the
// page declares dark or "light dark" on :root, an ancestor or <meta name="color-scheme">); theme="light",
// "dark" and "auto" (the reader's system) override the page.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import '../../../src/widgets/technique-compare/pt-technique-compare.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import '../../../src/widgets/visit-guide/pt-visit-guide.js';
import type { PtElement } from '../../../src/core/pt-element.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';

const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(20, 26, 33)';
const LIGHT_TEXT = 'rgb(28, 36, 48)';
const DARK_TEXT = 'rgb(232, 237, 242)';

const WIDGETS = [
  'pt-gate-control',
  'pt-technique-card technique="trigger-point-therapy"',
  'pt-technique-compare',
  'pt-trigger-point-map',
  'pt-visit-guide',
] as const;

type Scheme = 'light' | 'dark';

/** Renders every widget (with `widgetAttrs`) in a div styled with `wrapStyle`; returns the widgets. */
async function renderAll(widgetAttrs = '', wrapStyle = ''): Promise<PtElement[]> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
  if (wrapStyle) wrap.style.cssText += wrapStyle;
  wrap.innerHTML = WIDGETS.map((w) => `<${w} ${widgetAttrs}></${w.split(' ')[0]}>`).join('');
  const els = Array.from(wrap.children) as PtElement[];
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

function schemeOf(el: PtElement): Scheme | 'mixed' {
  const root = el.shadowRoot!.querySelector('.pt-root')!;
  const { backgroundColor, color } = getComputedStyle(root);
  if (backgroundColor === LIGHT_SURFACE && color === LIGHT_TEXT) return 'light';
  if (backgroundColor === DARK_SURFACE && color === DARK_TEXT) return 'dark';
  return 'mixed';
}

async function expectAll(els: PtElement[], scheme: Scheme, why: string): Promise<void> {
  const seen = Object.fromEntries(els.map((el) => [el.localName, schemeOf(el)]));
  expect(seen, why).to.deep.equal(Object.fromEntries(els.map((el) => [el.localName, scheme])));
}

describe('theme: every widget follows the host page unless told otherwise', () => {
  const root = document.documentElement;
  let meta: HTMLMetaElement | undefined;
  afterEach(async () => {
    fixtureCleanup();
    root.style.colorScheme = '';
    meta?.remove();
    meta = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  it('is light on a page that declares nothing, even for a reader whose system is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const els = await renderAll();
    await expectAll(els, 'light', 'no color-scheme on the page, system dark');
    expect(els.map((el) => el.theme)).to.deep.equal(WIDGETS.map(() => 'page'));
  });

  it('is dark when :root declares color-scheme: dark, for a reader whose system is light', async () => {
    root.style.colorScheme = 'dark';
    await expectAll(await renderAll(), 'dark', ':root dark, system light');
  });

  it('follows the reader when :root declares "light dark"', async () => {
    root.style.colorScheme = 'light dark';
    const els = await renderAll();
    await expectAll(els, 'light', ':root light dark, system light');
    await emulateMedia({ colorScheme: 'dark' });
    await expectAll(els, 'dark', ':root light dark, system turned dark while the widgets were on the page');
  });

  it('follows a dark ancestor (a dark section of a light page)', async () => {
    await expectAll(await renderAll('', 'color-scheme: dark'), 'dark', 'ancestor dark');
  });

  it('follows <meta name="color-scheme">', async () => {
    meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    await expectAll(await renderAll(), 'dark', 'meta dark');
    meta.content = 'light dark';
    await emulateMedia({ colorScheme: 'light' });
    await expectAll(await renderAll(), 'light', 'meta "light dark", system light');
    await emulateMedia({ colorScheme: 'dark' });
    await expectAll(await renderAll(), 'dark', 'meta "light dark", system dark');
  });

  it('theme="light" wins over a dark page, theme="dark" over a light one', async () => {
    root.style.colorScheme = 'dark';
    await expectAll(await renderAll('theme="light"'), 'light', 'theme=light on a dark page');
    root.style.colorScheme = '';
    await expectAll(await renderAll('theme="dark"'), 'dark', 'theme=dark on a page that declares nothing');
  });

  it('theme="auto" follows the reader\'s system whatever the page says', async () => {
    root.style.colorScheme = 'dark';
    const els = await renderAll('theme="auto"');
    await expectAll(els, 'light', 'auto, dark page, system light');
    root.style.colorScheme = 'light';
    await emulateMedia({ colorScheme: 'dark' });
    await expectAll(els, 'dark', 'auto, light page, system dark');
  });

  it('switches with the page when the site toggles its own dark mode, and the property switches back', async () => {
    const els = await renderAll();
    await expectAll(els, 'light', 'before the toggle');
    root.style.colorScheme = 'dark';
    await expectAll(els, 'dark', 'after the site set :root dark');
    for (const el of els) el.theme = 'light';
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.map((el) => el.getAttribute('theme'))).to.deep.equal(WIDGETS.map(() => 'light'));
    await expectAll(els, 'light', 'theme property set to light');
  });

  it('gate control diagram colours follow the page too (its own light-dark tokens)', async () => {
    const [gate] = await renderAll();
    const cord = () => getComputedStyle(gate.shadowRoot!.querySelector('.cord')!).fill;
    expect(cord()).to.equal('rgb(238, 242, 245)');
    root.style.colorScheme = 'dark';
    expect(cord()).to.equal('rgb(27, 37, 48)');
  });

  it('a bad theme value warns once, naming the valid values, and follows the page', async () => {
    root.style.colorScheme = 'dark';
    const c = captureConsole();
    let els: PtElement[];
    try {
      els = await renderAll('theme="neon"');
    } finally {
      c.restore();
    }
    expect(c.warnings).to.deep.equal(
      WIDGETS.map((w) => `[${w.split(' ')[0]}] theme="neon" is not recognised; using "page" — valid: page, auto, light, dark`),
    );
    await expectAll(els, 'dark', 'bad value on a dark page');
  });

  for (const widget of WIDGETS) {
    const tag = widget.split(' ')[0];
    it(`${tag} is axe-clean on a dark page`, async () => {
      root.style.colorScheme = 'dark';
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      wrap.innerHTML = `<${widget}></${tag}>`;
      const el = wrap.firstElementChild as PtElement;
      await el.updateComplete;
      expect(schemeOf(el)).to.equal('dark');
      await expectAxeClean(el, `${tag} on a dark page`);
    });
  }
});
