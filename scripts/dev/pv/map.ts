// Dev preview of the widget: ?m=infraspinatus&w=900&lang=en
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
const q = new URLSearchParams(location.search);
const ids = (q.get('m') ?? '').split(',');
const w = q.get('w') ?? '1000';
document.body.style.cssText = 'margin:0;display:block;background:#fff;font:16px system-ui,sans-serif';
for (const id of ids) {
  const el = document.createElement('pt-trigger-point-map');
  if (id) el.setAttribute('muscle', id);
  if (q.get('area')) el.setAttribute('pain-area', q.get('area')!);
  if (q.get('markers')) el.setAttribute('markers', q.get('markers')!);
  el.setAttribute('lang', q.get('lang') ?? 'en');
  el.style.cssText = `display:block;width:${w}px;margin:8px`;
  document.body.append(el);
}
const els = [...document.querySelectorAll('pt-trigger-point-map')] as (HTMLElement & { renderStats: { frames: number; mode: string } })[];
const t0 = performance.now();
const wait = () => {
  const done = els.every((e) => e.renderStats.mode === 'flat' || e.renderStats.frames > 0);
  if (done || performance.now() - t0 > 40000) {
    setTimeout(() => { (window as unknown as { info: unknown }).info = els.map((e) => e.renderStats); document.title = 'done'; }, 1500);
  } else setTimeout(wait, 200);
};
wait();
