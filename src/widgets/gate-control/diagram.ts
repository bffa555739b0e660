// The SVG picture of the pain gate, drawn from the model's state. Geometry lives here (one viewBox,
// fixed aspect ratio); moving pulses are added later by the animator into the empty `pulses` layer.
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { GatePartId } from '../../content/gate-control-base.js';
import type { FibreId, GateState } from './gate-model.js';
import { FIBRES, MAX_CLOSURE } from './gate-model.js';

export const VIEW_W = 960;
export const VIEW_H = 600;

export type TrackId = FibreId | 'ascending' | 'descending';

/** Where the gate stands across the small-fibre channel. */
export const GATE_X = 650;
const GATE_PIVOT = { x: GATE_X, y: 432 };

/** The paths impulses travel along (diagram units). */
export const TRACKS: Readonly<Record<TrackId, string>> = {
  abeta: 'M108 262L350 262C432 262 430 384 474 384',
  adelta: 'M84 392C230 392 300 456 440 456L728 456',
  c: 'M84 500C230 500 300 486 440 486L728 486',
  ascending: 'M784 428L784 300C784 236 770 200 748 178',
  descending: 'M610 176C600 250 528 282 514 346',
};

export interface PartText {
  label: string;
  technical: string;
}

export interface DiagramData {
  state: GateState;
  /** Inputs 0–1, for the touch arrows and pain spark drawn at the skin. */
  pain: number;
  touch: number;
  parts: Record<GatePartId, PartText>;
  showTechnical: boolean;
  /** Word for the brain state, shown on the descending path. */
  brainWord: string;
  /** "open" / "mostly closed"…, shown under the gate so colour is never the only cue. */
  gateWord: string;
  gateLabel: string;
  /** "Speed in the body" and each fibre's conduction range, already formatted ("35–75 m/s"). */
  speedTitle: string;
  speeds: Record<FibreId, string>;
  /** Parts the guided step is about; others fade back. Empty = nothing highlighted. */
  focus: readonly GatePartId[];
  /** The still arrows (still-arrows.ts). */
  stillArrows: SVGTemplateResult;
  /** The picture's name; its description is the element's #state-description sentence, outside the SVG. */
  title: string;
}

/** Numbered badges used at narrow widths, in legend order. */
export const BADGES: readonly { id: GatePartId; x: number; y: number }[] = [
  { id: 'skin', x: 87, y: 214 },
  { id: 'abeta', x: 220, y: 226 },
  { id: 'adelta', x: 200, y: 366 },
  { id: 'c', x: 200, y: 534 },
  { id: 'spinalCord', x: 440, y: 556 },
  { id: 'interneuron', x: 576, y: 364 },
  { id: 'tcell', x: 846, y: 520 },
  { id: 'ascending', x: 830, y: 300 },
  { id: 'descending', x: 530, y: 236 },
  { id: 'brain', x: 596, y: 80 },
];

/** On-picture labels: part, x, y, y with technical names shown, anchor, line length (technical, plain). */
const LABELS: readonly [GatePartId, number, number, number, 'start' | 'middle' | 'end', number, number?][] = [
  ['abeta', 170, 240, 220, 'start', 30],
  ['adelta', 170, 370, 356, 'start', 30],
  ['c', 170, 530, 530, 'start', 30],
  ['spinalCord', 424, 560, 560, 'start', 40],
  ['interneuron', 556, 360, 360, 'start', 24],
  ['tcell', 826, 466, 456, 'start', 12, 11],
  ['ascending', 798, 300, 300, 'start', 17],
  ['descending', 566, 214, 214, 'end', 22],
  ['brain', 690, 96, 96, 'middle', 18],
];

/** Splits a label into lines of about `max` characters (labels are short; no hyphenation needed). */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

function label(
  part: PartText,
  x: number,
  y: number,
  show: boolean,
  anchor: 'start' | 'middle' | 'end' = 'start',
  max = 22,
  maxPlain = 40,
): SVGTemplateResult {
  const plain = wrap(part.label, maxPlain);
  const tech = show ? wrap(part.technical, max) : [];
  return svg`<text class="label" x=${x} y=${y} text-anchor=${anchor}>
    ${plain.map((line, i) => svg`<tspan class="label-plain" x=${x} dy=${i === 0 ? 0 : 21}>${line}</tspan>`)}
    ${tech.map((line, i) => svg`<tspan class="label-tech" x=${x} dy=${i === 0 ? 19 : 16}>${line}</tspan>`)}
  </text>`;
}

export function renderDiagram(d: DiagramData): SVGTemplateResult {
  const { state, parts, showTechnical: tech } = d;
  const on = (...ids: GatePartId[]) => (d.focus.length === 0 || ids.some((id) => d.focus.includes(id)) ? 'part' : 'part dim');
  const closed = state.gate / MAX_CLOSURE;
  // Raised barrier arm when open (−115°), straight down across the channel when closed.
  const armAngle = -115 * (1 - closed);
  // Opacity and the arm's angle are SVG presentation attributes: CSS transitions still apply, and no
  // style attribute is needed (strict CSP).
  const glow = (v: number) => (0.15 + 0.85 * Math.min(1, Math.max(0, v))).toFixed(3);
  const descClass = `descending ${state.descending.effect}`;

  return svg`
  <svg class="diagram" viewBox="0 0 ${VIEW_W} ${VIEW_H}" role="img" aria-labelledby="diagram-title" aria-describedby="state-description" part="diagram">
    <title id="diagram-title">${d.title}</title>
    <defs>
      <linearGradient id="skin-grad">
        <stop offset="0" class="skin-top" />
        <stop offset="0.22" class="skin-top" />
        <stop offset="0.24" class="skin-mid" />
        <stop offset="1" class="skin-deep" />
      </linearGradient>
      ${(['abeta', 'ascending', 'calm', 'stress'] as const).map(
        (m) => svg`<marker id=${`arrow-${m}`} class=${`marker-${m}`} viewBox="0 0 10 10" refX="6" refY="5"
          markerWidth="3.2" markerHeight="3.2" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" /></marker>`,
      )}
    </defs>

    <!-- Spinal cord (dorsal horn) -->
    <g class=${on('spinalCord')}>
      <rect class="cord" x="400" y="326" width="532" height="266" rx="30" />
      <path class="cord-horn" d="M430 352c90-16 210-16 270 4 60 20 180 16 206-4v168c-86 28-346 32-476 0z" />
    </g>

    <!-- Brain -->
    <g class=${on('brain')}>
      <path class="brain" d="M566 104c-18-44 34-78 80-68 28-22 84-20 106 2 48-8 88 26 76 64 24 26-8 70-48 66-24 18-72 16-90 2-26 16-78 12-88-10-36 0-54-32-36-56z" />
      <path class="brain glow" d="M566 104c-18-44 34-78 80-68 28-22 84-20 106 2 48-8 88 26 76 64 24 26-8 70-48 66-24 18-72 16-90 2-26 16-78 12-88-10-36 0-54-32-36-56z"
        opacity=${glow(state.tCell)} />
      <path class="gyri" d="M620 70c20 20 48-10 70 14m22-30c8 26 48 16 58 38m-170 32c30-12 50 16 80 4m40-10c20 22 60 6 80 22m-110-56c4 20 22 24 30 34" />
    </g>

    <!-- Skin, with a touch receptor (corpuscle) and free nerve endings for pain -->
    <g class=${on('skin')}>
      <rect class="skin" x="26" y="190" width="124" height="386" rx="14" fill="url(#skin-grad)" />
      <ellipse class="corpuscle" cx="96" cy="262" rx="15" ry="10" />
      <ellipse class="corpuscle" cx="96" cy="262" rx="9" ry="5.5" />
      <path class="ending ending-adelta" d="M84 392l-26-16m26 16l-30 4m30-4l-24 18" />
      <path class="ending ending-c" d="M84 500l-28-14m28 14l-34 2m34-2l-24 18m10-24l-8-14" />
      ${d.touch > 0
        ? svg`<g class="press" opacity=${(0.35 + 0.65 * d.touch).toFixed(3)}>
            <path d="M2 240l18 12m-18 10h20m-20 22l18-12" marker-end="url(#arrow-abeta)" /></g>`
        : nothing}
      ${d.pain > 0
        ? svg`<path class="spark" transform=${`translate(42 446) scale(${(0.55 + 0.6 * d.pain).toFixed(2)})`}
            d="M0-18l5 12 12-2-9 10 6 12-12-6-8 10v-13l-12-3 11-7z" />`
        : nothing}
    </g>

    <!-- Fibres: thickness follows the real diameter (A-beta large, A-delta small, C smallest) -->
    <g class=${on('abeta', 'interneuron')}>
      <path class="fibre fibre-abeta track-abeta" d=${TRACKS.abeta} />
    </g>
    <g class=${on('adelta')}>
      <path class="fibre fibre-adelta track-adelta" d=${TRACKS.adelta} />
    </g>
    <g class=${on('c')}>
      <path class="fibre fibre-c track-c" d=${TRACKS.c} />
    </g>
    <!-- Small fibres also quiet the gate cell (the minus sign) -->
    <g class=${on('interneuron', 'adelta', 'c')}>
      <path class="link pain-link" d="M452 456c18-20 34-28 42-42" />
      <path class="link-bar pain-link" d="M486 408l16 12" />
      <circle class="sign-bg" cx="458" cy="430" r="10" />
      <text class="sign" x="458" y="435" text-anchor="middle">−</text>
      <circle class="sign-bg" cx="446" cy="402" r="10" />
      <text class="sign" x="446" y="407" text-anchor="middle">+</text>
    </g>

    <!-- Gate cell (inhibitory interneuron) and its brake on the channel -->
    <g class=${on('interneuron')}>
      <circle class="interneuron" cx="510" cy="384" r="34" />
      <circle class="interneuron-glow" cx="510" cy="384" r="34" opacity=${glow(state.interneuron)} />
      <path class="link inhibit-link" d="M540 400c50 10 82 12 98 28" />
      <path class="link-bar" d="M630 436l16-16" />
    </g>

    <!-- The gate itself: a barrier arm across the small-fibre channel -->
    <g class=${on('interneuron', 'tcell')}>
      <rect class="gate-post" x=${GATE_PIVOT.x - 6} y=${GATE_PIVOT.y - 8} width="12" height="16" rx="3" />
      <g class="gate-arm" transform=${`rotate(${armAngle.toFixed(2)} ${GATE_PIVOT.x} ${GATE_PIVOT.y})`}>
        <rect class="gate-bar" x=${GATE_PIVOT.x - 5} y=${GATE_PIVOT.y} width="10" height="84" rx="5" />
        <path class="gate-stripes" d=${`M ${GATE_X} ${GATE_PIVOT.y + 14} v 12 M ${GATE_X} ${GATE_PIVOT.y + 40} v 12 M ${GATE_X} ${GATE_PIVOT.y + 66} v 12`} />
      </g>
      <circle class="gate-pivot" cx=${GATE_PIVOT.x} cy=${GATE_PIVOT.y} r="6" />
      <text class="gate-word" x=${GATE_X} y="530" text-anchor="middle">${d.gateLabel}: ${d.gateWord}</text>
    </g>

    <!-- Signal (T) cell -->
    <g class=${on('tcell')}>
      <circle class="tcell" cx="780" cy="470" r="40" />
      <circle class="tcell-glow" cx="780" cy="470" r="40" opacity=${glow(state.tCell)} />
    </g>

    <!-- Ascending and descending paths -->
    <g class=${on('ascending', 'brain')}>
      <path class="path-line ascending track-ascending" d=${TRACKS.ascending} marker-end="url(#arrow-ascending)" />
    </g>
    <g class=${on('descending', 'brain')}>
      <path class=${`path-line track-descending ${descClass}`} d=${TRACKS.descending}
        marker-end=${state.descending.effect === 'facilitate' ? 'url(#arrow-stress)' : 'url(#arrow-calm)'} />
      <rect class=${`brain-pill ${state.descending.effect}`} x="552" y="256" width="120" height="30" rx="15" />
      <text class="pill-text" x="612" y="277" text-anchor="middle">${d.brainWord}</text>
    </g>

    <!-- Still arrows: shown instead of moving pulses when paused or when less motion is preferred -->
    <g class="static-flow" aria-hidden="true">${d.stillArrows}</g>

    <!-- Moving impulses are placed here by the animator -->
    <g class="pulses" aria-hidden="true"></g>

    <!-- Text labels (wide layouts) -->
    <g class="labels" aria-hidden="true">
      ${label(parts.skin, 88, 170, false, 'middle')}
      <g class="speed-key">
        <text class="label-plain" x="28" y="34">${d.speedTitle}</text>
        ${FIBRES.map(
          (f, i) => svg`<path class=${`fibre fibre-${f}`} d=${`M 30 ${60 + i * 28} L 70 ${60 + i * 28}`} />
            <text class="speed-text" x="84" y=${66 + i * 28}>${parts[f].label}: ${d.speeds[f]}</text>`,
        )}
      </g>
      ${LABELS.map(([id, x, y, yTech, anchor, max, maxPlain]) => label(parts[id], x, tech ? yTech : y, tech, anchor, max, maxPlain))}
    </g>

    <!-- Numbered badges (narrow layouts; the key below the picture names them) -->
    <g class="badges" aria-hidden="true">
      ${BADGES.map(
        (b, i) => svg`<g class="badge-g"><circle class="badge" cx=${b.x} cy=${b.y} r="34" />
          <text class="badge-num" x=${b.x} y=${b.y + 14} text-anchor="middle">${i + 1}</text></g>`,
      )}
    </g>
  </svg>`;
}

/** A small picture of a part for the key, drawn with the same colour, line style and shape as the diagram. */
export function legendIcon(id: GatePartId): SVGTemplateResult {
  return svg`<svg class="legend-icon" viewBox="0 0 44 32" aria-hidden="true" focusable="false">${LEGEND_ICONS[id]}</svg>`;
}

const fibreIcon = (f: FibreId) => svg`<path class=${`fibre fibre-${f}`} d="M4 16h36" />`;

// Built once: none of them depends on state.
const LEGEND_ICONS: Record<GatePartId, SVGTemplateResult> = {
  skin: svg`<defs><linearGradient id="legend-skin"><stop offset="0" class="skin-top" /><stop offset="1" class="skin-deep" /></linearGradient></defs>
    <rect class="skin" x="6" y="4" width="32" height="24" rx="5" fill="url(#legend-skin)" />`,
  abeta: fibreIcon('abeta'),
  adelta: fibreIcon('adelta'),
  c: fibreIcon('c'),
  spinalCord: svg`<rect class="cord" x="4" y="4" width="36" height="24" rx="7" />`,
  interneuron: svg`<circle class="interneuron" cx="22" cy="16" r="11" />`,
  tcell: svg`<circle class="tcell" cx="22" cy="16" r="11" />`,
  ascending: svg`<path class="path-line ascending" d="M22 28v-22" />`,
  descending: svg`<path class="path-line descending inhibit" d="M22 4v22" />`,
  brain: svg`<path class="brain" d="M8 16c-4-10 8-14 14-11 8-4 18 3 15 11 3 10-7 14-15 11-8 3-18-1-14-11z" />`,
};
