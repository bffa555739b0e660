// "Where does it hurt?": muscles whose zones cover an area, essential matches before spillover.
import { expect } from '@open-wc/testing';
import { musclesForArea, zoneOf } from '../../../src/widgets/trigger-point-map/body/referral.js';
import { muscles } from '../../../src/content/trigger-points.js';
import { bodyAreaIds, type BodyAreaId } from '../../../src/content/body-areas.js';

describe('trigger-point referral lookup', () => {
  it('lists temple muscles: essential ones first, then spillover', () => {
    const r = musclesForArea('temple', muscles);
    const ids = r.map((x) => x.id);
    expect(ids).to.include.members(['upper-trapezius', 'temporalis']);
    expect(r.find((x) => x.id === 'upper-trapezius')?.zone).to.equal('essential');
    expect(r.find((x) => x.id === 'suboccipitals')?.zone).to.equal('spillover');
    const firstSpill = r.findIndex((x) => x.zone === 'spillover');
    expect(r.slice(firstSpill).every((x) => x.zone === 'spillover')).to.equal(true);
  });

  it('orders essential before spillover and agrees with zoneOf for every area', () => {
    for (const area of bodyAreaIds) {
      const r = musclesForArea(area, muscles);
      const zones = r.map((x) => x.zone);
      expect(zones.join(','), area).to.equal([...zones].sort().join(','));
      for (const m of muscles) {
        const hit = r.find((x) => x.id === m.id);
        expect(hit?.zone, `${area} / ${m.id}`).to.equal(zoneOf(area, m));
      }
    }
  });

  it('finds the leg pattern of gluteus minimus from the calf and nothing from an unused area', () => {
    expect(musclesForArea('calf', muscles)).to.deep.include({ id: 'gluteus-minimus', zone: 'spillover' });
    expect(musclesForArea('heel', muscles)[0]).to.deep.equal({ id: 'soleus', zone: 'essential' });
    const custom = [{ id: 'x', essential: ['chest'] as BodyAreaId[], spillover: ['chest'] as BodyAreaId[] }];
    expect(musclesForArea('chest', custom)).to.deep.equal([{ id: 'x', zone: 'essential' }]);
    expect(musclesForArea('big-toe', [])).to.deep.equal([]);
  });
});
