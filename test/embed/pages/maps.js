// Puts ?n= trigger-point maps (default 1) into #maps before the loader's first scan.
const n = Number(new URLSearchParams(location.search).get('n') ?? 1);
for (let i = 0; i < n; i++) {
  const slot = document.createElement('div');
  slot.className = 'slot';
  slot.id = `map-${i}`;
  slot.append(document.createElement('pt-trigger-point-map'));
  document.getElementById('maps').append(slot);
}
