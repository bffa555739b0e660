// The chart data and the pure modules that read it: every muscle has a chart with cited shapes,
// trigger points inside its outline and on the body, zones that cover the areas its content lists;
// marker layout, camera focus and the content merge behave as the map relies on.
import { expect } from '@open-wc/testing';
import { muscleCharts, areaSpots } from '../../../src/content/trigger-point-chart/index.js';
import { muscles, muscleIds } from '../../../src/content/trigger-points.js';
import { sourceIds } from '../../../src/content/sources.js';
import { polygonDistance, smoothClosed } from '../../../src/widgets/trigger-point-map/body/chart.js';
import { outline } from '../../../src/widgets/trigger-point-map/body/chart-layers.js';
import { pointOnBody, seenIn } from '../../../src/widgets/trigger-point-map/body/places.js';
import { layoutMarkers } from '../../../src/widgets/trigger-point-map/marker-layout.js';
import { presetForYaw, focusPlan, chartPose, chartBoundsIn, PRESET_YAW } from '../../../src/widgets/trigger-point-map/camera-focus.js';
import { mergeMuscles } from '../../../src/widgets/trigger-point-map/map-content.js';

describe('trigger-point chart data', () => {
  it('gives every built-in muscle a chart: outline, fibres, trigger points, an essential zone and cited sources with locators', () => {
    expect(Object.keys(muscleCharts).sort()).to.deep.equal([...muscleIds].sort());
    for (const id of muscleIds) {
      const c = muscleCharts[id];
      expect(c.outline.length, `${id} outline`).to.be.at.least(1);
      expect(c.points.length, `${id} trigger points`).to.be.at.least(1);
      expect(c.essential.length, `${id} essential zone`).to.be.at.least(1);
      expect(c.cite.length, `${id} sources`).to.be.at.least(1);
      for (const ref of c.cite) {
        expect(sourceIds, `${id} cites a known source`).to.include(ref.source);
        expect(ref.locator.trim().length, `${id} locator`).to.be.greaterThan(3);
      }
      for (const s of [...c.outline, ...c.essential, ...c.spillover]) expect(s.points.length, `${id} shape corners`).to.be.within(3, 24);
    }
  });

  it('has several trigger points where the manuals chart several', () => {
    const several = ['upper-trapezius', 'infraspinatus', 'gluteus-medius', 'gluteus-minimus', 'quadratus-lumborum', 'soleus'];
    for (const id of several) expect(muscleCharts[id].points.length, id).to.be.at.least(2);
    expect(muscleCharts['gluteus-medius'].points.length).to.be.at.least(3);
    expect(muscleCharts.soleus.points.length).to.be.at.least(3);
  });

  it('marks the deep muscles deep', () => {
    for (const id of ['iliopsoas', 'gluteus-minimus', 'quadratus-lumborum', 'piriformis', 'soleus', 'scalenes', 'suboccipitals']) expect(muscleCharts[id].deep, id).to.equal(true);
    for (const id of ['upper-trapezius', 'infraspinatus', 'gluteus-medius', 'tibialis-anterior']) expect(muscleCharts[id].deep, id).to.equal(false);
  });

  it('puts every trigger point on the body and inside its muscle as the same view draws it', () => {
    for (const id of muscleIds) {
      const c = muscleCharts[id];
      for (const p of c.points) {
        const sp = pointOnBody(p.view, p.at);
        expect(sp, `${id} point ${p.at} on the body`).to.not.equal(undefined);
        expect(seenIn(sp!, p.view, -0.15), `${id} point seen in its view`).to.not.equal(undefined);
        const own = c.outline.filter((s) => s.view === p.view).map((s) => outline(s).poly);
        if (own.length) expect(Math.max(...own.map((poly) => polygonDistance(p.at[0], p.at[1], poly))), `${id} point ${p.at} inside its outline`).to.be.greaterThan(-6);
      }
      // points drawn again in another drawing lie inside the muscle as that drawing shows it
      for (const p of c.alsoDrawn ?? []) {
        const own = c.outline.filter((s) => s.view === p.view).map((s) => outline(s).poly);
        expect(own.length, `${id}: an outline in the ${p.view} drawing`).to.be.greaterThan(0);
        expect(Math.max(...own.map((poly) => polygonDistance(p.at[0], p.at[1], poly))), `${id} ${p.view} point ${p.at} inside its outline`).to.be.greaterThan(0);
      }
    }
    expect(muscleCharts.sternocleidomastoid.alsoDrawn?.filter((p) => p.view === 'front').length).to.be.at.least(2);
  });

  it('draws the essential zone over every area the content lists as essential (same view, within the area)', () => {
    const misses: string[] = [];
    for (const m of muscles) {
      const shapes = muscleCharts[m.id].essential.map(outline);
      for (const area of m.essential) {
        const spot = areaSpots[area];
        const inView = shapes.filter((s) => s.view === spot.view);
        const best = inView.length ? Math.max(...inView.map((s) => polygonDistance(spot.at[0], spot.at[1], s.poly))) : -Infinity;
        if (best < -spot.r) misses.push(`${m.id}: ${area}`);
      }
    }
    expect(misses).to.deep.equal([]);
  });
});

describe('trigger-point map pure modules', () => {
  it('smooths a closed outline through its corners and measures inside as positive', () => {
    const sq = [[0, 0], [100, 0], [100, 100], [0, 100]] as const;
    const s = smoothClosed(sq);
    expect(s.length).to.equal(24);
    expect(polygonDistance(50, 50, s)).to.be.greaterThan(30);
    expect(polygonDistance(200, 50, s)).to.be.lessThan(-80);
  });

  it('lays out markers: the chosen muscle first, others receded and never on top of a placed one, or hidden', () => {
    const c = (key: string, muscle: string, x: number, y: number) => ({ key, muscle, x, y, visible: true });
    const cands = [c('a|0', 'a', 0, 0), c('b|0', 'b', 10, 0), c('b|1', 'b', 100, 0), c('a|1', 'a', 8, 0), { ...c('c|0', 'c', 300, 0), visible: false }];
    const all = layoutMarkers(cands, { chosen: 'b', showAll: true, gap: 24 });
    expect(all.map((p) => `${p.key}:${p.emphasis}`)).to.deep.equal(['b|0:chosen', 'b|1:chosen']);
    const none = layoutMarkers(cands, { showAll: true, gap: 24 });
    expect(none.map((p) => p.emphasis)).to.deep.equal(['normal', 'normal']);
    expect(layoutMarkers(cands, { chosen: 'b', showAll: false, gap: 5 }).every((p) => p.muscle === 'b')).to.equal(true);
    const spread = layoutMarkers(cands, { chosen: 'b', showAll: true, gap: 5 });
    // a|1 sits 2 px from the chosen b|0: left out
    expect(spread.filter((p) => p.emphasis === 'receded').map((p) => p.key)).to.deep.equal(['a|0']);
    // the chosen muscle's own X's: one point seen twice is shown once; two that would touch are moved apart (3D) or kept (2D)
    const own = [c('b|0', 'b', 0, 0), c('b|1', 'b', 5, 0), c('b|2', 'b', 16, 0)];
    const moved = layoutMarkers(own, { chosen: 'b', showAll: false, gap: 26 });
    expect(moved.map((p) => p.key)).to.deep.equal(['b|0', 'b|2']);
    expect(moved[1].x).to.be.within(28, 30);
    expect(layoutMarkers(own, { chosen: 'b', showAll: false, gap: 26, nudge: false })[1].x).to.equal(16);
  });

  it('names the preset nearest the camera, and frames a muscle from its trigger point with a second view for pain on the other side', () => {
    expect(presetForYaw(0.3)).to.equal('front');
    expect(presetForYaw(Math.PI - 0.5)).to.equal('back');
    expect(presetForYaw(-Math.PI / 2 + 0.2)).to.equal('right');
    const plan = focusPlan(muscleCharts.infraspinatus, () => []);
    expect(plan.main.view).to.equal('back');
    expect(plan.inset?.view).to.equal('front');
    const pose = chartPose(plan.main.view, plan.main.bounds, 0.75);
    expect(pose.yaw).to.equal(PRESET_YAW.back);
    expect(pose.target[1]).to.be.within(1.2, 1.5);
    expect(focusPlan(muscleCharts['vastus-medialis'], () => []).inset).to.equal(undefined);
  });

  it('frames turned views and the second picture on the stretch of the body the pattern is on', () => {
    // soleus: the heel drawn from the side is framed with the lower leg its trigger points are on, not the far sacroiliac zone
    const soleusSide = chartBoundsIn(muscleCharts.soleus, 'side', [])!;
    expect(soleusSide[1]).to.be.below(10);
    expect(soleusSide[3]).to.be.within(440, 650);
    // ...and its back view's second picture, since PT review 7, the whole pattern up to the sacroiliac spot (956 mm)
    expect(focusPlan(muscleCharts.soleus, () => []).inset?.bounds[3]).to.be.within(950, 1000);
    // upper trapezius from the front (it draws nothing there): the head and neck
    const utFront = chartBoundsIn(muscleCharts['upper-trapezius'], 'front', [])!;
    expect(utFront[1]).to.be.within(1400, 1470);
    expect(utFront[3]).to.be.above(1680);
    // quadratus lumborum: from the buttock to the lowest rib
    const ql = focusPlan(muscleCharts['quadratus-lumborum'], () => []).inset!.bounds;
    expect([ql[1], ql[3]]).to.satisfy(([lo, hi]: number[]) => lo > 750 && lo < 860 && hi > 1100 && hi < 1200);
    // a side view turns further forward when the chart also draws pain on the front (the SCM's face)
    const turn = (id: string) => PRESET_YAW.left - chartPose('side', chartBoundsIn(muscleCharts[id], 'side', [])!, 0.75).yaw;
    expect(turn('sternocleidomastoid')).to.be.greaterThan(turn('gluteus-minimus') + 0.15);
    expect(presetForYaw(PRESET_YAW.left - turn('sternocleidomastoid'))).to.equal('left');
  });

  it('merges the content: clinic names and hidden muscles, Spanish text, and a clinic muscle charted from its areas', () => {
    const { list, warnings } = mergeMuscles(
      {
        muscles: { soleus: { name: 'Deep calf' } },
        hide: ['masseter'],
        extraMuscles: [
          { id: 'soleus', name: 'x', region: 'hip-leg', where: 'x', description: 'x', essential: ['heel'], point: { view: 'back', x: 90, y: 300 } },
          { id: 'plantaris', name: 'Plantaris', region: 'hip-leg', where: 'Behind the knee', description: 'A small calf muscle.', essential: ['back-of-knee'], point: { view: 'back', x: 95, y: 470 } },
        ],
      },
      undefined,
    );
    expect(list.find((m) => m.id === 'soleus')!.name).to.equal('Deep calf');
    expect(list.some((m) => m.id === 'masseter')).to.equal(false);
    expect(warnings.map((w) => w.message)).to.deep.equal(['config.extraMuscles id "soleus" is already used; entry skipped']);
    const plantaris = list.find((m) => m.id === 'plantaris')!;
    expect(plantaris.custom).to.equal(true);
    expect(plantaris.chart.points).to.deep.equal([{ view: 'back', at: [95, 470] }]);
    expect(plantaris.chart.essential[0].view).to.equal('back');
  });
});
