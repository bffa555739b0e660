import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { VisibilityController } from '../../../src/core/visibility.js';

class VisProbe extends LitElement {
  changes: boolean[] = [];
  vis = new VisibilityController(this, { onChange: (v) => this.changes.push(v) });
  override render() {
    return html`<div style="height: 50px">probe</div>`;
  }
}
customElements.define('pt-vis-probe', VisProbe);

const frames = (n = 3) => new Promise<void>((r) => { const step = (i: number) => (i ? requestAnimationFrame(() => step(i - 1)) : r()); step(n); });

describe('VisibilityController', () => {
  it('is visible on screen, not visible far below the fold, and flips when scrolled in', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><pt-vis-probe id="a"></pt-vis-probe><div style="height: 5000px"></div><pt-vis-probe id="b"></pt-vis-probe></div>`);
    const a = wrap.querySelector<VisProbe>('#a')!;
    const b = wrap.querySelector<VisProbe>('#b')!;
    await frames();
    expect(a.vis.visible).to.equal(true);
    expect(b.vis.visible).to.equal(false);
    b.scrollIntoView();
    await frames(4);
    expect(b.vis.visible).to.equal(true);
    expect(b.changes).to.deep.equal([true]);
    window.scrollTo(0, 0);
  });

  it('is not visible when display:none, and reports false on disconnect', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><pt-vis-probe></pt-vis-probe></div>`);
    const p = wrap.querySelector<VisProbe>('pt-vis-probe')!;
    await frames();
    expect(p.vis.visible).to.equal(true);
    wrap.style.display = 'none';
    await frames(4);
    expect(p.vis.visible).to.equal(false);
    wrap.style.display = '';
    await frames(4);
    expect(p.vis.visible).to.equal(true);
    p.remove();
    expect(p.vis.visible).to.equal(false);
    expect(p.changes.at(-1)).to.equal(false);
  });
});
