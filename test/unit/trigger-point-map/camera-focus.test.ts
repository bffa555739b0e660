// The second small picture follows the X's: a camera that shows none of the chosen muscle's trigger
// points gets the view with the most of them in the small picture (PT review 4, fix 1); front views of
// charts drawn behind and on the side turn toward them (fix 3).
import { expect } from '@open-wc/testing';
import { muscleCharts, type ChartView } from '../../../src/content/trigger-point-chart/index.js';
import { chartBoundsIn, chartPose, focusPlan, insetFor, presetForYaw, PRESET_YAW, type MapViewName } from '../../../src/widgets/trigger-point-map/camera-focus.js';

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

describe('front views of charts with nothing usual in front', () => {
  const frontTurn = (id: string) => chartPose('front', chartBoundsIn(muscleCharts[id], 'front', [])!, 0.75).yaw - PRESET_YAW.front;
  it('turn toward the side zones, on the lower leg toward the inner side, and stay the front view', () => {
    // gluteus minimus: toward the patient's left, the outer hip and thigh
    expect(frontTurn('gluteus-minimus')).to.be.within(0.6, 0.75);
    // soleus: toward the patient's right, the inner side of the left leg, where the muscle shows behind the shin bone
    expect(frontTurn('soleus')).to.be.within(-0.75, -0.6);
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
