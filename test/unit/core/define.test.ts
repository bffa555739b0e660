import { expect } from '@open-wc/testing';
import { define } from '../../../src/core/define.js';
import { captureConsole } from '../../helpers/console.js';

let n = 0;
const uniqueTag = () => `pt-test-define-${++n}-${Math.random().toString(36).slice(2, 7)}`;

describe('define()', () => {
  it('registers a free tag and marks pt:<tag>:defined', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    expect(define(tag, A)).to.equal(true);
    expect(customElements.get(tag)).to.equal(A);
    expect(performance.getEntriesByName(`pt:${tag}:defined`)).to.have.length(1);
  });

  it('is silent when the same class or another copy of the same version registers again', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    class SameVersionCopy extends HTMLElement {}
    const c = captureConsole();
    try {
      define(tag, A);
      expect(define(tag, A)).to.equal(false);
      expect(define(tag, SameVersionCopy)).to.equal(false);
    } finally {
      c.restore();
    }
    expect(c.warnings).to.deep.equal([]);
    expect(c.errors).to.deep.equal([]);
  });

  it('warns once, naming the tag, when a foreign element already owns it, and does not throw', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    class Ours extends HTMLElement {}
    const c = captureConsole();
    try {
      expect(() => define(tag, Ours)).not.to.throw();
      define(tag, Ours);
    } finally {
      c.restore();
    }
    expect(c.warnings).to.have.length(1);
    expect(c.warnings[0]).to.match(new RegExp(`^\\[${tag}\\] the tag is already defined by another script.* — valid: `));
  });

  it('warns naming both versions when another pt-explainers version owns the tag', () => {
    const tag = uniqueTag();
    class Other extends HTMLElement {}
    (Other as unknown as Record<symbol, string>)[Symbol.for('pt-explainers.version')] = '0.0.1-old';
    customElements.define(tag, Other);
    const c = captureConsole();
    try {
      define(tag, class extends HTMLElement {});
    } finally {
      c.restore();
    }
    expect(c.warnings).to.have.length(1);
    expect(c.warnings[0]).to.contain('0.0.1-old').and.to.contain('dev');
  });
});
