import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssom } from '../../../src/core/style.js';

describe('cssom() (CSP-safe styleMap)', () => {
  it('styles through CSSOM only: never writes a style attribute, also on first render, and removes dropped properties', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const written: string[] = [];
    const orig = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name: string, value: string) {
      written.push(name);
      return orig.call(this, name, value);
    };
    try {
      const view = (o: number | null, t?: string) => html`<p style=${cssom({ opacity: o, '--pt-x': '3px', transformOrigin: t })}>x</p>`;
      render(view(0.5, '1px 2px'), host);
      const p = host.querySelector('p')!;
      expect(p.style.opacity).to.equal('0.5');
      expect(p.style.getPropertyValue('--pt-x')).to.equal('3px');
      expect(p.style.transformOrigin).to.equal('1px 2px');
      render(view(null), host);
      expect(p.style.opacity).to.equal('');
      expect(p.style.transformOrigin).to.equal('');
      expect(p.style.getPropertyValue('--pt-x')).to.equal('3px');
    } finally {
      Element.prototype.setAttribute = orig;
    }
    expect(written).to.not.include('style');
  });
});
