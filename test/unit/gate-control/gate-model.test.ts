import { expect } from '@open-wc/testing';
import {
  BRAIN_STATES,
  computeGate,
  displaySpeed,
  gateWord,
  level,
  MAX_CLOSURE,
  type BrainState,
} from '../../../src/widgets/gate-control/gate-model.js';

const grid = Array.from({ length: 21 }, (_, i) => i * 5);
const sig = (pain: number, touch: number, brain: BrainState = 'neutral') => computeGate({ pain, touch, brain }).signal;

describe('gate model', () => {
  it('keeps signal within 0–100 and gate within 0–MAX_CLOSURE everywhere, even for junk input', () => {
    for (const brain of BRAIN_STATES)
      for (const pain of [-50, ...grid, 250, NaN])
        for (const touch of [-10, ...grid, 999, Infinity]) {
          const s = computeGate({ pain, touch, brain });
          expect(s.signal, `${pain}/${touch}/${brain}`).to.be.within(0, 100);
          expect(s.gate).to.be.within(0, MAX_CLOSURE);
          expect(s.interneuron).to.be.within(0, 1);
          expect(Number.isNaN(s.signal)).to.equal(false);
        }
  });

  it('gives no signal without pain input', () => {
    for (const brain of BRAIN_STATES) for (const touch of grid) expect(sig(0, touch, brain)).to.be.below(0.5);
  });

  it('signal rises strictly with pain (all touch levels, all brain states)', () => {
    for (const brain of BRAIN_STATES)
      for (const touch of grid)
        for (let i = 1; i < grid.length; i++)
          expect(sig(grid[i], touch, brain), `pain ${grid[i]} touch ${touch} ${brain}`).to.be.above(sig(grid[i - 1], touch, brain));
  });

  it('signal falls strictly with touch whenever there is pain', () => {
    for (const brain of BRAIN_STATES)
      for (const pain of grid.slice(1))
        for (let i = 1; i < grid.length; i++)
          expect(sig(pain, grid[i], brain), `pain ${pain} touch ${grid[i]} ${brain}`).to.be.below(sig(pain, grid[i - 1], brain));
  });

  it('a calm brain lowers the signal and a stressed brain raises it', () => {
    for (const pain of grid.slice(1))
      for (const touch of grid) {
        expect(sig(pain, touch, 'calm')).to.be.below(sig(pain, touch, 'neutral'));
        expect(sig(pain, touch, 'stressed')).to.be.above(sig(pain, touch, 'neutral'));
      }
  });

  it('massage makes a real difference: strong touch roughly halves strong pain', () => {
    expect(sig(100, 0)).to.be.above(85);
    expect(sig(100, 100)).to.be.below(50);
    expect(sig(70, 80, 'calm')).to.be.below(sig(70, 0, 'stressed') / 3);
  });

  it('is continuous: a 1-point change in any input moves the signal by less than 2 points', () => {
    for (const brain of BRAIN_STATES)
      for (let pain = 0; pain <= 100; pain += 2)
        for (let touch = 0; touch <= 100; touch += 2) {
          const s = sig(pain, touch, brain);
          expect(Math.abs(sig(pain + 1, touch, brain) - s)).to.be.below(2);
          expect(Math.abs(sig(pain, touch + 1, brain) - s)).to.be.below(2);
          expect(Math.abs(sig(pain + 0.01, touch + 0.01, brain) - s)).to.be.below(0.05);
        }
  });

  it('the gate closes with touch and a calm brain, opens with pain and stress', () => {
    const g = (pain: number, touch: number, brain: BrainState) => computeGate({ pain, touch, brain }).gate;
    expect(g(50, 80, 'neutral')).to.be.above(g(50, 0, 'neutral'));
    expect(g(50, 20, 'calm')).to.be.above(g(50, 20, 'neutral'));
    expect(g(50, 20, 'stressed')).to.be.below(g(50, 20, 'neutral'));
    expect(g(90, 20, 'neutral')).to.be.below(g(10, 20, 'neutral'));
  });

  it('fibre rates follow their inputs and the descending effect follows the brain', () => {
    const lo = computeGate({ pain: 10, touch: 10, brain: 'neutral' });
    const hi = computeGate({ pain: 90, touch: 90, brain: 'neutral' });
    expect(hi.rates.abeta).to.be.above(lo.rates.abeta);
    expect(hi.rates.adelta).to.be.above(lo.rates.adelta);
    expect(hi.rates.c).to.be.above(lo.rates.c);
    expect(computeGate({ pain: 0, touch: 0, brain: 'neutral' }).rates.adelta).to.equal(0);
    expect(computeGate({ pain: 50, touch: 0, brain: 'calm' }).descending.effect).to.equal('inhibit');
    expect(computeGate({ pain: 50, touch: 0, brain: 'stressed' }).descending.effect).to.equal('facilitate');
    expect(computeGate({ pain: 50, touch: 0, brain: 'neutral' }).descending.effect).to.equal('none');
  });

  it('display speeds keep the physiological order A-beta > A-delta > C with honest rough ratios', () => {
    const [ab, ad, c] = [displaySpeed('abeta'), displaySpeed('adelta'), displaySpeed('c')];
    expect(ab).to.be.above(ad);
    expect(ad).to.be.above(c);
    expect(ab / c).to.be.within(4, 75);
    expect(ad / c).to.be.within(2, 30);
  });

  it('words for levels and the gate', () => {
    expect([level(0), level(50), level(90)]).to.deep.equal(['low', 'medium', 'high']);
    expect(gateWord(computeGate({ pain: 90, touch: 0, brain: 'stressed' }).gate)).to.equal('open');
    expect(gateWord(computeGate({ pain: 30, touch: 100, brain: 'calm' }).gate)).to.equal('mostly-closed');
  });
});
