import { expect } from '@open-wc/testing';
import { formatWarning, warn } from '../../../src/core/warn.js';
import { captureConsole } from '../../helpers/console.js';

describe('warn()', () => {
  it('formats as [pt-<tag>] <what> — valid: <values>', () => {
    expect(formatWarning('pt-gate-control', 'brain="angry" is not recognised', ['calm', 'neutral', 'stressed'])).to.equal(
      '[pt-gate-control] brain="angry" is not recognised — valid: calm, neutral, stressed',
    );
  });

  it('prints each message once per owner', () => {
    const c = captureConsole();
    const owner = {};
    try {
      warn('pt-x', 'bad', ['a'], owner);
      warn('pt-x', 'bad', ['a'], owner);
      warn('pt-x', 'bad', ['a'], {});
    } finally {
      c.restore();
    }
    expect(c.warnings).to.deep.equal(['[pt-x] bad — valid: a', '[pt-x] bad — valid: a']);
  });
});
