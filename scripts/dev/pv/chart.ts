// Dev preview of the 2D chart for some muscles: ?m=upper-trapezius,infraspinatus
import { html, render } from 'lit';
import { renderChartView, frameAround } from '../../../src/widgets/trigger-point-map/flat-chart.js';
import { muscleLayers, chartViews } from '../../../src/widgets/trigger-point-map/body/chart-layers.js';
import { pointOnBody, seenIn } from '../../../src/widgets/trigger-point-map/body/places.js';
import { muscleCharts } from '../../../src/content/trigger-point-chart/index.js';
import { chartStyles } from '../../../src/widgets/trigger-point-map/chart-styles.js';
import type { ChartView } from '../../../src/widgets/trigger-point-map/body/chart.js';

const params = new URLSearchParams(location.search);
const ids = (params.get('m') ?? Object.keys(muscleCharts).join(',')).split(',');
const full = params.has('full');
const style = document.createElement('style');
style.textContent = chartStyles.cssText.replace(':host', ':root') + 'body{font:14px sans-serif} figure{margin:4px;display:inline-block;vertical-align:top} svg{height:420px;width:auto;border:1px solid #ddd}';
document.head.append(style);
const out = ids.map((id) => {
  const c = muscleCharts[id];
  if (!c) return html`<p>no chart for ${id}</p>`;
  const layers = muscleLayers(c);
  const views: ChartView[] = ['front', 'back', ...(chartViews(c).includes('side') ? (['side'] as const) : [])];
  return html`<div><h3>${id}</h3>${views.map((view) => {
    const markers = c.points.flatMap((p, i) => {
      const sp = pointOnBody(p.view, p.at);
      const at = sp && seenIn(sp, view);
      return at ? [{ key: `${id}|${i}`, muscle: id, x: at[0], y: at[1], visible: true, emphasis: 'chosen' as const }] : [];
    });
    const pts = [...layers.outline, ...layers.essential, ...layers.spillover].filter((o) => o.view === view).flatMap((o) => o.poly);
    const frame = full ? undefined : frameAround([...pts, ...markers.map((m) => [m.x, m.y] as [number, number])], view);
    const vb = frame ? (() => { const [u0, v0, u1, v1] = frame; const a = view === 'front' ? u0 : -u1; return `${a} ${-v1} ${u1 - u0} ${v1 - v0}`; })() : view === 'side' ? '-200 -1780 400 1800' : '-370 -1780 740 1800';
    return html`<figure><svg viewBox=${vb}>${renderChartView({ view, id: `${id}-${view}`, layers, fibres: c.fibres, deep: c.deep, markers, frameHeight: frame ? frame[3] - frame[1] : 1800 })}</svg><figcaption>${view}</figcaption></figure>`;
  })}</div>`;
});
render(html`${out}`, document.body);
(window as unknown as { info: unknown }).info = { muscles: ids.length };
document.title = 'done';
