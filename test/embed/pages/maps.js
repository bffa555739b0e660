// Puts ?n= trigger-point maps (default 1) into #maps before the loader's first scan; ?width= narrows
// each slot (smaller canvases keep software WebGL fast when there are many maps).
/* global URLSearchParams, document, location */
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 1);
const width = params.get('width');
for (let i = 0; i < n; i++) {
  const slot = document.createElement('div');
  slot.className = 'slot';
  slot.id = `map-${i}`;
  if (width) slot.style.maxWidth = `${Number(width)}px`; // CSSOM, so a strict CSP would allow it
  slot.append(document.createElement('pt-trigger-point-map'));
  document.getElementById('maps').append(slot);
}
