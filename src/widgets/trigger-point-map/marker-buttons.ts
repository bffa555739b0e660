// The trigger-point marker buttons over the 3D picture, placed after each frame from the layout
// (marker-layout.ts): position, emphasis, the chosen muscle's X size, one keyboard stop per muscle.
import type { PlacedMarker } from './marker-layout.js';

/** The chosen muscle's X's on the 3D picture: about 16 mm of body across, 12–22 px (the button stays 28 px). */
const X_MM = 16;
export const xSize = (pxPerMm: number): number => Math.max(12, Math.min(22, X_MM * pxPerMm));

/**
 * Shows the buttons `shown` lists (by `data-key`) where it places them and hides the others;
 * `pxPerMm` gives the picture's scale at each marker (for the chosen muscle's X size).
 */
export function placeMarkerButtons(buttons: Iterable<HTMLElement>, shown: ReadonlyMap<string, PlacedMarker>, pxPerMm: ReadonlyMap<string, number>): void {
  const firstOf = new Set<string>();
  for (const el of buttons) {
    const p = shown.get(el.dataset.key ?? '');
    const muscle = el.dataset.id ?? '';
    el.hidden = !p;
    if (!p) continue;
    el.style.setProperty('--x', `${p.x.toFixed(1)}px`);
    el.style.setProperty('--y', `${p.y.toFixed(1)}px`);
    el.classList.toggle('chosen', p.emphasis === 'chosen');
    el.classList.toggle('receded', p.emphasis === 'receded');
    if (p.emphasis === 'chosen') el.style.setProperty('--x-size', `${xSize(pxPerMm.get(p.key) ?? 1).toFixed(1)}px`);
    // one keyboard stop per muscle: its first point on screen
    el.tabIndex = firstOf.has(muscle) ? -1 : 0;
    firstOf.add(muscle);
  }
}
