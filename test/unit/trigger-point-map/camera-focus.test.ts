// The second small picture follows the X's: a camera that shows none of the chosen muscle's trigger
// points gets the view with the most of them in the small picture (PT review 4, fix 1); front views of
// charts drawn behind and on the side turn toward them (fix 3).
import { expect } from '@open-wc/testing';
import { muscleCharts, type ChartView } from '../../../src/content/trigger-point-chart/index.js';
import { chartBoundsIn, chartPose, focusPlan, insetFor, presetForYaw, PRESET_YAW, FOV, type MapViewName } from '../../../src/widgets/trigger-point-map/camera-focus.js';
import { PerspectiveCamera } from 'three';
import { applyPose, projectWith } from '../../../src/widgets/trigger-point-map/scene/projection.js';
import { pointOnBody } from '../../../src/widgets/trigger-point-map/body/places.js';
import { outline } from '../../../src/widgets/trigger-point-map/body/chart-layers.js';

/** The chart points each view shows, as the map places them (each trigger point in the view it is charted in). */
const seenOf = (id: string) => (view: ChartView) => muscleCharts[id].points.filter((p) => p.view === view).map((p): [number, number] => [p.at[0], p.at[1]]);
const insetView = (id: string, preset: MapViewName) => {
  const plan = focusPlan(muscleCharts[id], seenOf(id));
  return insetFor(plan, preset, seenOf(id))?.view;
};

describe('the second small picture of the trigger-point map', () => {
  it('shows the view with the most trigger points when the camera shows none of them', () => {
    // upper trapezius: X's on the back; from the front the small picture was the side view (a hairline of muscle)
    expect(insetView('upper-trapezius', 'front')).to.equal('back');
    // infraspinatus: X's on the back; from the left the small picture was the front (zones only)
    expect(insetView('infraspinatus', 'left')).to.equal('back');
    expect(insetView('infraspinatus', 'right')).to.equal('back');
  });

  it('otherwise shows the chart’s other side: the pain from the trigger points, the trigger points from the pain', () => {
    expect(insetView('infraspinatus', 'back')).to.equal('front');
    expect(insetView('infraspinatus', 'front')).to.equal('back');
    expect(insetView('upper-trapezius', 'back')).to.equal('side');
    // the SCM's X's are drawn in the side and the front view: from either, the rule leaves the picture as it was
    const scm = focusPlan(muscleCharts.sternocleidomastoid, seenOf('sternocleidomastoid'));
    for (const preset of ['front', 'left'] as const) {
      const old = scm.inset && (scm.inset.view === (preset === 'left' ? 'side' : preset) ? scm.main : scm.inset);
      expect(insetFor(scm, preset, seenOf('sternocleidomastoid'))?.view, preset).to.equal(old?.view);
    }
  });

  it('frames the view with the most trigger points, and shows no second picture for a chart without one', () => {
    const plan = focusPlan(muscleCharts['upper-trapezius'], seenOf('upper-trapezius'));
    expect(plan.points.view).to.equal('back');
    expect(plan.points).to.equal(plan.main);
    const shown = insetFor(plan, 'front', seenOf('upper-trapezius'))!;
    for (const [u, v] of seenOf('upper-trapezius')('back')) {
      expect(u).to.be.within(shown.bounds[0], shown.bounds[2]);
      expect(v).to.be.within(shown.bounds[1], shown.bounds[3]);
    }
    const vm = focusPlan(muscleCharts['vastus-medialis'], seenOf('vastus-medialis'));
    for (const preset of ['front', 'back', 'left', 'right'] as const) expect(insetFor(vm, preset, seenOf('vastus-medialis')), preset).to.equal(undefined);
    // with no trigger point seen anywhere (markers not placed yet) the old rule holds
    const none = focusPlan(muscleCharts.infraspinatus, () => []);
    expect(insetFor(none, 'left', () => [])?.view).to.equal('front');
  });
});

describe('a second picture of the chart\'s other side (PT review 7, fix 7)', () => {
  it('frames the muscle where that side draws it as well as the pain and the X\'s (gluteus minimus: the fan above its X\'s)', () => {
    let checked = 0;
    for (const [id, chart] of Object.entries(muscleCharts)) {
      const plan = focusPlan(chart, seenOf(id));
      if (!plan.inset || plan.inset.view === plan.main.view) continue;
      const [u0, v0, u1, v1] = plan.inset.bounds;
      for (const s of chart.outline.filter((o) => o.view === plan.inset!.view)) {
        for (const [u, v] of outline(s).poly) {
          checked++;
          expect(u >= u0 - 0.5 && u <= u1 + 0.5 && v >= v0 - 0.5 && v <= v1 + 0.5, `${id} ${plan.inset.view}: outline point ${u},${v} outside ${[u0, v0, u1, v1]}`).to.equal(true);
        }
      }
    }
    expect(checked, 'outline points checked').to.be.above(20);
  });
});

describe('front views of charts with nothing usual in front', () => {
  const frontTurn = (id: string) => chartPose('front', chartBoundsIn(muscleCharts[id], 'front', [])!, 0.75).yaw - PRESET_YAW.front;
  it('turn toward the side zones, on the lower leg toward the outer side, and stay the front view', () => {
    // gluteus minimus: toward the patient's left, the outer hip and thigh
    expect(frontTurn('gluteus-minimus')).to.be.within(0.6, 0.75);
    // soleus: toward the patient's left, the outer side of the left leg, where the muscle shows behind the
    // fibula and the other leg is not in the way (PT review 6), as far as the Front button stays true
    expect(frontTurn('soleus')).to.be.within(0.72, 0.78);
    expect(presetForYaw(PRESET_YAW.front + frontTurn('soleus'))).to.equal('front');
    // a chart drawn in front is seen straight on
    expect(frontTurn('tibialis-anterior')).to.equal(0);
  });
});

describe('framing a chart whose zone runs down the arm', () => {
  it('keeps the whole hand in the picture (infraspinatus front and side), not other charts', () => {
    // the hand hangs to about 675 mm above the floor; the spillover ends at the wrist (760 mm)
    expect(chartBoundsIn(muscleCharts.infraspinatus, 'front', [])![1]).to.be.at.most(680);
    expect(chartBoundsIn(muscleCharts.infraspinatus, 'side', [])![1]).to.be.at.most(680);
    // a chart on the neck and head keeps its close frame
    expect(chartBoundsIn(muscleCharts['upper-trapezius'], 'side', [])![1]).to.be.above(1300);
  });
});

describe('a second picture shown for the X\'s (PT review 5)', () => {
  it('is framed on the muscle outline and its X\'s with a 40 mm margin, not on the whole pattern', () => {
    const soleus = insetFor(focusPlan(muscleCharts.soleus, seenOf('soleus')), 'front', seenOf('soleus'))!;
    expect(soleus.forPoints).to.equal(true);
    expect(soleus.view).to.equal('back');
    const [u0, v0, u1, v1] = soleus.bounds;
    for (const [u, v] of seenOf('soleus')('back')) {
      expect(u).to.be.within(u0, u1);
      expect(v).to.be.within(v0, v1);
    }
    // chartPose adds the margin
    expect(soleus.bounds.margin).to.equal(40);
    // the calf, not the leg from the waist to the feet (the pattern's frame reached 957 mm)
    expect(v1).to.be.below(620);
    expect(v1 - v0).to.be.below(620);
    // the chart's other side (the pain) keeps its own frame
    expect(insetFor(focusPlan(muscleCharts.infraspinatus, seenOf('infraspinatus')), 'back', seenOf('infraspinatus'))?.forPoints).to.equal(undefined);
  });

  it('a frame with its own margin is fitted exactly: 40 mm each side', () => {
    const b = Object.assign([0, 1000, 100, 1400] as [number, number, number, number], { margin: 40 });
    const t = Math.tan((15 * Math.PI) / 180);
    // 400 mm tall + 80 mm of margin fills the height of a tall picture (the 0.08 m keeps the camera off the body)
    expect(chartPose('back', b, 1).dist).to.be.closeTo(0.48 / 2 / t + 0.08, 1e-9);
    // the default: 14% of the region, at least 60 mm in all
    expect(chartPose('back', [0, 1000, 100, 1400], 1).dist).to.be.closeTo(0.46 / 2 / t + 0.08, 1e-9);
  });
});

describe('gluteus minimus framing (PT review 5, fix 4)', () => {
  const frame = (view: ChartView) => chartBoundsIn(muscleCharts['gluteus-minimus'], view, seenOf('gluteus-minimus')(view))!;
  it('frames the back on the buttock and thigh (the calf stipple runs off), and the left view with the iliac crest in it', () => {
    // was 250-1140: the calf spillover pulled the frame down to the ankle and the fan was 45 px across
    expect(frame('back')[1]).to.be.within(500, 560);
    expect(frame('back')[3]).to.be.within(1040, 1120);
    // was 92-1012: the fan touched the top of the picture
    expect(frame('side')[3]).to.be.at.least(1060);
    expect(frame('side')[1]).to.be.at.least(500);
    // the front view is turned 40° toward the hip: room for the second picture beyond the frame's 25 % (PT review 6:
    // the fan's edge touched that picture); 203 mm without it
    expect(frame('front')[2]).to.be.at.least(250);
    // a muscle whose X's are not all above the hip keeps its spillover in the frame (piriformis' thigh, soleus' heel)
    expect(chartBoundsIn(muscleCharts.piriformis, 'back', seenOf('piriformis')('back'))![1]).to.be.below(600);
  });
});

describe('soleus framing (PT review 6, fix 3)', () => {
  it('frames the back view heel to knee (the sacroiliac spot, 400 mm above the pattern, runs off) so the calf is twice as wide', () => {
    const b = chartBoundsIn(muscleCharts.soleus, 'back', seenOf('soleus')('back'))!;
    // was 0-1130 (hip to heel, the calf 45 px wide)
    expect(b[1]).to.be.below(10);
    expect(b[3]).to.be.within(480, 640);
    expect(chartPose('back', b, 0.75).dist).to.be.below(1.5);
    // a zone apart from the pattern stays in the frame when the view draws nothing else of the pain (gastrocnemius's instep)
    const g = chartBoundsIn(muscleCharts.gastrocnemius, 'front', [])!;
    expect(g[1]).to.be.below(20);
  });
});

describe('soleus\'s sacroiliac spot in 3D (PT review 7, fix 1)', () => {
  const plan = focusPlan(muscleCharts.soleus, seenOf('soleus'));
  it('gives the back view a second picture of the back framed on the whole pattern, calf to sacrum', () => {
    const shown = insetFor(plan, 'back', seenOf('soleus'))!;
    expect(shown.view).to.equal('back');
    expect(shown.forPoints).to.equal(undefined);
    const [u0, v0, u1, v1] = shown.bounds;
    // the sacroiliac spot (10-52, 900-956) and the calf's X's and the heel
    expect(v1).to.be.at.least(956);
    expect(v0).to.be.at.most(10);
    expect(u0).to.be.at.most(10);
    for (const [u, v] of seenOf('soleus')('back')) {
      expect(u).to.be.within(u0, u1);
      expect(v).to.be.within(v0, v1);
    }
    // the main back view keeps its heel-to-knee frame
    expect(plan.main.view).to.equal('back');
    expect(plan.main.bounds[3]).to.be.below(640);
  });
  it('leaves the other views and charts as they were', () => {
    // front and left show none of its X's: the small picture is the calf framed for them
    for (const preset of ['front', 'left'] as const) expect(insetFor(plan, preset, seenOf('soleus'))?.forPoints, preset).to.equal(true);
    // a chart with no essential zone apart from its pattern keeps the other side as its second picture
    expect(insetView('infraspinatus', 'back')).to.equal('front');
    const same = Object.keys(muscleCharts).filter((id) => {
      const p = focusPlan(muscleCharts[id], seenOf(id));
      return p.inset?.view === p.main.view;
    });
    expect(same, 'charts whose second picture is their main view, framed on the whole pattern').to.deep.equal(['soleus']);
  });
});

describe('soleus front view (PT review 7, fix 3)', () => {
  it('frames the charted leg heel to knee, turned 44° to its outer side, with the muscle left of the large second picture', () => {
    const b = chartBoundsIn(muscleCharts.soleus, 'front', [])!;
    expect(b[1]).to.be.at.most(0);
    expect(b[3]).to.be.within(540, 640);
    const aspect = 0.75;
    const pose = chartPose('front', b, aspect);
    expect(presetForYaw(pose.yaw)).to.equal('front');
    const camera = new PerspectiveCamera(FOV, aspect, 0.05, 20);
    applyPose(camera, pose, aspect);
    // the muscle as drawn from the outer side (behind the fibula), in a 300x400 px picture: all of it in the
    // picture, and left of the second picture, drawn 1.5x (51 % of the width) in the top right corner
    const strip = muscleCharts.soleus.outline.find((s) => s.view === 'side')!;
    // (its corners pulled 30 % in toward its middle; two, low behind the leg, are still off its edge)
    const [cu, cv] = [0, 1].map((k) => strip.points.reduce((a, p) => a + p[k], 0) / strip.points.length);
    const inner = strip.points.map(([u, v]): [number, number] => [cu + 0.7 * (u - cu), cv + 0.7 * (v - cv)]).filter((at) => pointOnBody('side', at));
    expect(inner.length, 'on the leg').to.be.at.least(9);
    for (const at of inner) {
      const p = projectWith(camera, 300, 400, pointOnBody('side', at)!.point);
      expect(p.y, `${at}: in the picture`).to.be.within(0, 400);
      expect(p.x, `${at}: left of the second picture`).to.be.within(0, 0.49 * 300 - 10);
    }
    // the knee is in the picture (was framed from the thighs with the calf in the middle)
    const knee = projectWith(camera, 300, 400, pointOnBody('front', [90, 500])!.point);
    expect(knee.y).to.be.within(0, 100);
  });
});

describe('SCM views (PT review 6, fixes 4 and 6)', () => {
  const scm = muscleCharts.sternocleidomastoid;
  const seen = seenOf('sternocleidomastoid');
  it('turns the back view 30° toward the charted side (the mastoid end and its X face the reader) and stays the Back view', () => {
    const yaw = chartPose('back', chartBoundsIn(scm, 'back', seen('back'))!, 0.75).yaw;
    expect(PRESET_YAW.back - yaw).to.be.within(0.45, 0.6);
    expect(presetForYaw(yaw)).to.equal('back');
    // a chart charted from the back is seen straight on from there
    expect(chartPose('back', chartBoundsIn(muscleCharts.infraspinatus, 'back', seenOf('infraspinatus')('back'))!, 0.75).yaw).to.equal(PRESET_YAW.back);
  });
  it('turns the front view 15-20° toward the charted side (the neck between the jaw angle and the mastoid) and stays the Front view', () => {
    const yaw = chartPose('front', chartBoundsIn(scm, 'front', seen('front'))!, 0.75).yaw;
    expect(yaw - PRESET_YAW.front).to.be.within(0.26, 0.35);
    expect(presetForYaw(yaw)).to.equal('front');
  });
});

describe('the second picture from the pain\'s side (PT review 8, fix 3)', () => {
  it('frames the main view on the muscle and its X\'s, not on the whole pattern (gluteus minimus from the back: its fan and X\'s, not the leg to the ankle)', () => {
    const chart = muscleCharts['gluteus-minimus'];
    const plan = focusPlan(chart, seenOf('gluteus-minimus'));
    const shown = insetFor(plan, 'back', seenOf('gluteus-minimus'))!;
    expect(shown.view).to.equal(plan.main.view);
    const [u0, v0, u1, v1] = shown.bounds;
    expect(v0, 'not down to the ankle').to.be.above(600);
    const fan = chart.outline.filter((s) => s.view === plan.main.view).flatMap((s) => s.points);
    for (const [u, v] of [...fan, ...seenOf('gluteus-minimus')(plan.main.view)]) {
      expect(u).to.be.within(u0, u1);
      expect(v).to.be.within(v0, v1);
    }
    // the whole pattern's frame, which it had before, reaches the lower leg
    expect(plan.main.bounds[1]).to.be.below(600);
    // the trigger points' side still gets the pain
    expect(insetFor(plan, 'left', seenOf('gluteus-minimus'))).to.equal(plan.inset);
  });
});
