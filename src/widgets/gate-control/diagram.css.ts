// Gate control's drawing: parts, fibres (thickness by real diameter, the C fibre dashed), the gate, the
// brain, on-picture labels and badges, still arrows and the moving pulses, one colour per pathway.
import { css } from 'lit';

export const diagramStyles = css`
  /* --- diagram drawing --- */
  .part {
    transition: opacity 0.3s ease;
  }
  .part.dim {
    opacity: 0.3;
  }
  .skin-top {
    stop-color: var(--_skin-top);
  }
  .skin-mid {
    stop-color: var(--_skin-mid);
  }
  .skin-deep {
    stop-color: var(--_skin-deep);
  }
  .skin {
    stroke: var(--_skin-edge);
    stroke-width: 2;
  }
  .press path {
    fill: none;
    stroke: var(--_abeta);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .spark {
    fill: var(--_adelta);
    stroke: var(--_pulse-ring);
    stroke-width: 2;
  }
  .corpuscle {
    fill: none;
    stroke: var(--_abeta);
    stroke-width: 2.5;
  }
  .ending {
    fill: none;
    stroke-linecap: round;
    stroke-width: 2.5;
  }
  .ending-adelta {
    stroke: var(--_adelta);
  }
  .ending-c {
    stroke: var(--_c);
  }
  .cord {
    fill: var(--_cord);
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .cord-horn {
    fill: var(--_horn);
  }
  .brain {
    fill: var(--_brain-fill);
    stroke: var(--_brain-line);
    stroke-width: 3;
  }
  .brain.glow {
    fill: var(--_tcell);
    fill-opacity: 0.35;
    stroke: none;
    transition: opacity 0.4s ease;
  }
  .gyri {
    fill: none;
    stroke: var(--_brain-line);
    stroke-width: 2.5;
    stroke-linecap: round;
    opacity: 0.7;
  }
  .fibre {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Drawn thickness follows the real fibre diameter; the C fibre is also dashed so colour is not the only cue. */
  .fibre-abeta {
    stroke: var(--_abeta);
    stroke-width: 11;
  }
  .fibre-adelta {
    stroke: var(--_adelta);
    stroke-width: 6;
  }
  .fibre-c {
    stroke: var(--_c);
    stroke-width: 4;
    stroke-dasharray: 10 6;
  }
  .legend-icon .fibre-c {
    stroke-dasharray: 6 4;
  }
  .link {
    fill: none;
    stroke: var(--_inhib);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .link-bar {
    stroke: var(--_inhib);
    stroke-width: 5;
    stroke-linecap: round;
  }
  .link.pain-link,
  .link-bar.pain-link {
    stroke: var(--_adelta);
    stroke-width: 3;
  }
  .sign-bg {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .sign {
    fill: var(--_text);
    font-size: 18px;
    font-weight: 700;
  }
  .interneuron,
  .tcell {
    fill: var(--_surface);
    stroke: var(--_inhib);
    stroke-width: 5;
  }
  .interneuron-glow {
    fill: var(--_inhib);
    stroke: none;
    transition: opacity 0.4s ease;
  }
  .tcell {
    stroke: var(--_tcell);
  }
  .tcell-glow {
    fill: var(--_tcell);
    fill-opacity: 0.55;
    stroke: none;
    transition: opacity 0.4s ease;
  }
  .gate-post,
  .gate-pivot {
    fill: var(--_text);
  }
  .gate-arm {
    transform-box: view-box;
    transition: transform 0.5s ease;
  }
  .gate-bar {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 3;
  }
  .gate-stripes {
    stroke: var(--_tcell);
    stroke-width: 6;
  }
  .gate-word {
    fill: var(--_text);
    font-size: 19px;
    font-weight: 700;
  }
  .path-line {
    fill: none;
    stroke-width: 7;
    stroke-linecap: round;
  }
  .path-line.ascending {
    stroke: var(--_tcell);
  }
  .path-line.descending {
    stroke: var(--_muted);
    stroke-dasharray: 2 10;
  }
  .path-line.descending.inhibit {
    stroke: var(--_inhib);
    stroke-dasharray: none;
  }
  .path-line.descending.facilitate {
    stroke: var(--_stress);
    stroke-dasharray: 14 8;
  }
  .brain-pill {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .brain-pill.inhibit {
    stroke: var(--_inhib);
    stroke-width: 3;
  }
  .brain-pill.facilitate {
    stroke: var(--_stress);
    stroke-width: 3;
  }
  .pill-text {
    fill: var(--_text);
    font-size: 17px;
    font-weight: 700;
  }
  marker path {
    stroke: none;
  }

  /* Still arrows replace the moving dots when paused or when less motion is preferred. */
  .static-flow {
    display: none;
  }
  .is-static .static-flow {
    display: inline;
  }
  .is-static .pulses {
    display: none;
  }
  .flow-arrow {
    stroke-linejoin: round;
  }
  .flow-arrow,
  .pulse {
    stroke: var(--_pulse-ring);
    stroke-width: 2.5;
  }
  /* One colour per pathway, shared by its arrowhead marker, still arrows and moving pulses. */
  .marker-abeta path,
  .flow-abeta .flow-arrow,
  .pulse-abeta {
    fill: var(--_abeta);
  }
  .flow-adelta .flow-arrow,
  .pulse-adelta {
    fill: var(--_adelta);
  }
  .flow-c .flow-arrow,
  .pulse-c {
    fill: var(--_c);
  }
  .marker-ascending path,
  .flow-ascending .flow-arrow,
  .pulse-ascending {
    fill: var(--_tcell);
  }
  .marker-calm path,
  .flow-descending .flow-arrow,
  .pulse-descending {
    fill: var(--_inhib);
  }
  .marker-stress path,
  .facilitate-mode .flow-descending .flow-arrow,
  .facilitate-mode .pulse-descending {
    fill: var(--_stress);
  }

  .label {
    fill: var(--_text);
  }
  .label-plain {
    font-size: 19px;
    font-weight: 700;
  }
  .speed-text {
    fill: var(--_text);
    font-size: 16px;
  }
  .speed-key .fibre-abeta {
    stroke-width: 9;
  }
  .label-tech {
    font-size: 15px;
    fill: var(--_muted);
  }
  .badge {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .badge-num {
    fill: var(--_surface);
    font-size: 40px;
    font-weight: 700;
  }
  /* Narrow: numbered badges and a key below, because text scaled to fit would be too small to read. */
  .labels {
    display: none;
  }
  .badges {
    display: inline;
  }
  .legend {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  .legend li {
    display: grid;
    grid-template-columns: 1.75rem 2.75rem 1fr;
    align-items: center;
    gap: 0.4rem;
  }
  .legend .num {
    display: inline-grid;
    place-items: center;
    width: 1.6rem;
    height: 1.6rem;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-weight: 700;
    font-size: 0.875em;
  }
  .legend-icon {
    width: 2.75rem;
    height: 2rem;
  }
  .legend .tech,
  .slider .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Badges keep roughly the same on-screen size as the picture grows. */
  .badge-g {
    transform-box: fill-box;
    transform-origin: center;
  }
`;
