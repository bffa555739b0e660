// The SVG picture of the pain gate, drawn from the model's state. Geometry lives here (one viewBox,
// fixed aspect ratio); moving pulses are added later by the animator into the empty `pulses` layer.
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { cssom } from '../../core/style.js';
import type { GatePartId } from '../../content/gate-control.js';
import type { FibreId, GateState } from './gate-model.js';
import { MAX_CLOSURE } from './gate-model.js';
import { pointAt } from './path-geometry.js';

export const VIEW_W = 960;
export const VIEW_H = 600;

export type TrackId = FibreId | 'ascending' | 'descending';
export const TRACK_IDS: readonly TrackId[] = ['abeta', 'adelta', 'c', 'ascending', 'descending'];

/** Where the gate stands across the small-fibre channel. */
export const GATE_X = 650;
const GATE_PIVOT = { x: GATE_X, y: 432 };

/** The paths impulses travel along (diagram units). */
export const TRACKS: Readonly<Record<TrackId, string>> = {
  abeta: 'M 108 262 L 350 262 C 432 262, 430 384, 474 384',
  adelta: 'M 84 392 C 230 392, 300 456, 440 456 L 728 456',
  c: 'M 84 500 C 230 500, 300 486, 440 486 L 728 486',
  ascending: 'M 784 428 L 784 300 C 784 236, 770 200, 748 178',
  descending: 'M 610 176 C 600 250, 528 282, 514 346',
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
  titleId: string;
  /** id of the element (outside the SVG) that describes the current state in words. */
  descId: string;
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

/**
 * Still arrows for paused or reduced-motion views: how many arrowheads, and how big, carry the same
 * information as the rate of the moving pulses.
 */
export function arrowCount(rate: number): number {
  return Math.max(0, Math.min(6, Math.round(rate * 1.6)));
}

function flow(track: TrackId, rate: number): SVGTemplateResult {
  const n = arrowCount(rate);
  if (n === 0) return svg``;
  const scale = (0.8 + 0.18 * Math.min(rate, 4)).toFixed(2);
  return svg`<g class=${`flow flow-${track}`} data-count=${n}>
    ${Array.from({ length: n }, (_, i) => {
      const p = pointAt(TRACKS[track], (i + 0.6) / (n + 0.2));
      return svg`<path class="flow-arrow" d="M -9 -9 L 9 0 L -9 9 Z"
        transform=${`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)}) rotate(${p.angle.toFixed(1)}) scale(${scale})`}></path>`;
    })}
  </g>`;
}

export function renderDiagram(d: DiagramData): SVGTemplateResult {
  const { state, parts, showTechnical: tech } = d;
  const on = (...ids: GatePartId[]) => (d.focus.length === 0 || ids.some((id) => d.focus.includes(id)) ? 'part' : 'part dim');
  const closed = state.gate / MAX_CLOSURE;
  // Raised barrier arm when open (−115°), straight down across the channel when closed.
  const armAngle = -115 * (1 - closed);
  const glow = (v: number) => cssom({ opacity: String(0.15 + 0.85 * Math.min(1, Math.max(0, v))) });
  const descClass = `descending ${state.descending.effect}`;

  return svg`
  <svg class="diagram" viewBox="0 0 ${VIEW_W} ${VIEW_H}" role="img" aria-labelledby=${d.titleId} aria-describedby=${d.descId}
       preserveAspectRatio="xMidYMid meet" part="diagram">
    <title id=${d.titleId}>${d.title}</title>
    <defs>
      <linearGradient id="skin-grad" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" class="skin-top"></stop>
        <stop offset="0.22" class="skin-top"></stop>
        <stop offset="0.24" class="skin-mid"></stop>
        <stop offset="1" class="skin-deep"></stop>
      </linearGradient>
      <radialGradient id="brain-glow" cx="0.5" cy="0.6" r="0.6">
        <stop offset="0" class="glow-core"></stop>
        <stop offset="1" class="glow-edge"></stop>
      </radialGradient>
      ${(['abeta', 'ascending', 'calm', 'stress'] as const).map(
        (m) => svg`<marker id=${`arrow-${m}`} class=${`marker-${m}`} viewBox="0 0 10 10" refX="6" refY="5"
          markerWidth="3.2" markerHeight="3.2" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker>`,
      )}
    </defs>

    <!-- Spinal cord (dorsal horn) -->
    <g class=${on('spinalCord')}>
      <rect class="cord" x="400" y="326" width="532" height="266" rx="30"></rect>
      <path class="cord-horn" d="M 430 352 C 520 336, 640 336, 700 356 C 760 376, 880 372, 906 352 L 906 520 C 820 548, 560 552, 430 520 Z"></path>
    </g>

    <!-- Brain -->
    <g class=${on('brain')}>
      <path class="brain" d="M 566 104 C 548 60, 600 26, 646 36 C 674 14, 730 16, 752 38 C 800 30, 840 64, 828 102 C 852 128, 820 172, 780 168 C 756 186, 708 184, 690 170 C 664 186, 612 182, 602 160 C 566 160, 548 128, 566 104 Z"></path>
      <path class="brain glow" d="M 566 104 C 548 60, 600 26, 646 36 C 674 14, 730 16, 752 38 C 800 30, 840 64, 828 102 C 852 128, 820 172, 780 168 C 756 186, 708 184, 690 170 C 664 186, 612 182, 602 160 C 566 160, 548 128, 566 104 Z"
        style=${glow(state.tCell)}></path>
      <path class="gyri" d="M 620 70 C 640 90, 668 60, 690 84 M 712 54 C 720 80, 760 70, 770 92 M 600 124 C 630 112, 650 140, 680 128 M 720 118 C 740 140, 780 124, 800 140 M 690 84 C 694 104, 712 108, 720 118"></path>
    </g>

    <!-- Skin, with a touch receptor (corpuscle) and free nerve endings for pain -->
    <g class=${on('skin')}>
      <rect class="skin" x="26" y="190" width="124" height="386" rx="14" fill="url(#skin-grad)"></rect>
      <ellipse class="corpuscle" cx="96" cy="262" rx="15" ry="10"></ellipse>
      <ellipse class="corpuscle" cx="96" cy="262" rx="9" ry="5.5"></ellipse>
      <path class="ending ending-adelta" d="M 84 392 L 58 376 M 84 392 L 54 396 M 84 392 L 60 410"></path>
      <path class="ending ending-c" d="M 84 500 L 56 486 M 84 500 L 50 502 M 84 500 L 60 518 M 70 494 L 62 480"></path>
      ${d.touch > 0
        ? svg`<g class="press" style=${cssom({ opacity: String(0.35 + 0.65 * d.touch) })}>
            <path d="M 2 240 L 20 252 M 2 262 L 22 262 M 2 284 L 20 272" marker-end="url(#arrow-abeta)"></path></g>`
        : nothing}
      ${d.pain > 0
        ? svg`<path class="spark" transform=${`translate(42 446) scale(${(0.55 + 0.6 * d.pain).toFixed(2)})`}
            d="M 0 -18 L 5 -6 L 17 -8 L 8 2 L 14 14 L 2 8 L -6 18 L -6 5 L -18 2 L -7 -5 Z"></path>`
        : nothing}
    </g>

    <!-- Fibres: thickness follows the real diameter (A-beta large, A-delta small, C smallest) -->
    <g class=${on('abeta', 'interneuron')}>
      <path class="fibre fibre-abeta track-abeta" d=${TRACKS.abeta}></path>
    </g>
    <g class=${on('adelta')}>
      <path class="fibre fibre-adelta track-adelta" d=${TRACKS.adelta}></path>
    </g>
    <g class=${on('c')}>
      <path class="fibre fibre-c track-c" d=${TRACKS.c}></path>
    </g>
    <!-- Small fibres also quiet the gate cell (the minus sign) -->
    <g class=${on('interneuron', 'adelta', 'c')}>
      <path class="link pain-link" d="M 452 456 C 470 436, 486 428, 494 414"></path>
      <path class="link-bar pain-link" d="M 486 408 L 502 420"></path>
      <circle class="sign-bg" cx="458" cy="430" r="10"></circle>
      <text class="sign" x="458" y="435" text-anchor="middle">−</text>
      <circle class="sign-bg" cx="446" cy="402" r="10"></circle>
      <text class="sign" x="446" y="407" text-anchor="middle">+</text>
    </g>

    <!-- Gate cell (inhibitory interneuron) and its brake on the channel -->
    <g class=${on('interneuron')}>
      <circle class="interneuron" cx="510" cy="384" r="34"></circle>
      <circle class="interneuron-glow" cx="510" cy="384" r="34" style=${glow(state.interneuron)}></circle>
      <path class="link inhibit-link" d="M 540 400 C 590 410, 622 412, 638 428"></path>
      <path class="link-bar" d="M 630 436 L 646 420"></path>
    </g>

    <!-- The gate itself: a barrier arm across the small-fibre channel -->
    <g class=${on('interneuron', 'tcell')}>
      <rect class="gate-post" x=${GATE_PIVOT.x - 6} y=${GATE_PIVOT.y - 8} width="12" height="16" rx="3"></rect>
      <g class="gate-arm" style=${cssom({ transform: `rotate(${armAngle}deg)`, transformOrigin: `${GATE_PIVOT.x}px ${GATE_PIVOT.y}px` })}>
        <rect class="gate-bar" x=${GATE_PIVOT.x - 5} y=${GATE_PIVOT.y} width="10" height="84" rx="5"></rect>
        <path class="gate-stripes" d=${`M ${GATE_X} ${GATE_PIVOT.y + 14} v 12 M ${GATE_X} ${GATE_PIVOT.y + 40} v 12 M ${GATE_X} ${GATE_PIVOT.y + 66} v 12`}></path>
      </g>
      <circle class="gate-pivot" cx=${GATE_PIVOT.x} cy=${GATE_PIVOT.y} r="6"></circle>
      <text class="gate-word" x=${GATE_X} y="530" text-anchor="middle">${d.gateLabel}: ${d.gateWord}</text>
    </g>

    <!-- Signal (T) cell -->
    <g class=${on('tcell')}>
      <circle class="tcell" cx="780" cy="470" r="40"></circle>
      <circle class="tcell-glow" cx="780" cy="470" r="40" style=${glow(state.tCell)}></circle>
    </g>

    <!-- Ascending and descending paths -->
    <g class=${on('ascending', 'brain')}>
      <path class="path-line ascending track-ascending" d=${TRACKS.ascending} marker-end="url(#arrow-ascending)"></path>
    </g>
    <g class=${on('descending', 'brain')}>
      <path class=${`path-line track-descending ${descClass}`} d=${TRACKS.descending}
        marker-end=${state.descending.effect === 'facilitate' ? 'url(#arrow-stress)' : 'url(#arrow-calm)'}></path>
      <rect class=${`brain-pill ${state.descending.effect}`} x="552" y="256" width="120" height="30" rx="15"></rect>
      <text class="pill-text" x="612" y="277" text-anchor="middle">${d.brainWord}</text>
    </g>

    <!-- Still arrows: shown instead of moving pulses when paused or when less motion is preferred -->
    <g class="static-flow" aria-hidden="true">
      ${flow('abeta', state.rates.abeta)}
      ${flow('adelta', state.rates.adelta)}
      ${flow('c', state.rates.c)}
      ${flow('ascending', state.rates.ascending)}
      ${state.descending.effect === 'none' ? nothing : flow('descending', state.rates.descending)}
    </g>

    <!-- Moving impulses are placed here by the animator -->
    <g class="pulses" aria-hidden="true"></g>

    <!-- Text labels (wide layouts) -->
    <g class="labels" aria-hidden="true">
      ${label(parts.skin, 88, 170, false, 'middle')}
      <g class="speed-key">
        <text class="label-plain" x="28" y="34">${d.speedTitle}</text>
        ${(['abeta', 'adelta', 'c'] as const).map(
          (f, i) => svg`<path class=${`fibre fibre-${f}`} d=${`M 30 ${60 + i * 28} L 70 ${60 + i * 28}`}></path>
            <text class="speed-text" x="84" y=${66 + i * 28}>${parts[f].label}: ${d.speeds[f]}</text>`,
        )}
      </g>
      ${label(parts.abeta, 170, tech ? 220 : 240, tech, 'start', 30)}
      ${label(parts.adelta, 170, tech ? 356 : 370, tech, 'start', 30)}
      ${label(parts.c, 170, 530, tech, 'start', 30)}
      ${label(parts.spinalCord, 424, 560, tech, 'start', 40)}
      ${label(parts.interneuron, 556, 360, tech, 'start', 24)}
      ${label(parts.tcell, 826, tech ? 456 : 466, tech, 'start', 12, 11)}
      ${label(parts.ascending, 798, 300, tech, 'start', 17)}
      ${label(parts.descending, 566, 214, tech, 'end', 22)}
      ${label(parts.brain, 690, 96, tech, 'middle', 18)}
    </g>

    <!-- Numbered badges (narrow layouts; the key below the picture names them) -->
    <g class="badges" aria-hidden="true">
      ${BADGES.map(
        (b, i) => svg`<g class="badge-g"><circle class="badge" cx=${b.x} cy=${b.y} r="34"></circle>
          <text class="badge-num" x=${b.x} y=${b.y + 14} text-anchor="middle">${i + 1}</text></g>`,
      )}
    </g>
  </svg>`;
}

/** A small picture of a part for the key, drawn with the same colour, line style and shape as the diagram. */
export function legendIcon(id: GatePartId): SVGTemplateResult {
  const line = (cls: string) => svg`<path class=${cls} d="M 4 16 L 40 16"></path>`;
  const body = (() => {
    switch (id) {
      case 'skin':
        return svg`<defs><linearGradient id="legend-skin"><stop offset="0" class="skin-top"></stop><stop offset="1" class="skin-deep"></stop></linearGradient></defs>
          <rect class="skin" x="6" y="4" width="32" height="24" rx="5" fill="url(#legend-skin)"></rect>`;
      case 'abeta':
        return line('fibre fibre-abeta');
      case 'adelta':
        return line('fibre fibre-adelta');
      case 'c':
        return line('fibre fibre-c');
      case 'spinalCord':
        return svg`<rect class="cord" x="4" y="4" width="36" height="24" rx="7"></rect>`;
      case 'interneuron':
        return svg`<circle class="interneuron" cx="22" cy="16" r="11"></circle>`;
      case 'tcell':
        return svg`<circle class="tcell" cx="22" cy="16" r="11"></circle>`;
      case 'ascending':
        return svg`<path class="path-line ascending" d="M 22 28 L 22 6"></path>`;
      case 'descending':
        return svg`<path class="path-line descending inhibit" d="M 22 4 L 22 26"></path>`;
      case 'brain':
        return svg`<path class="brain" d="M 8 16 C 4 6, 16 2, 22 5 C 30 1, 40 8, 37 16 C 40 26, 30 30, 22 27 C 14 30, 4 26, 8 16 Z"></path>`;
    }
  })();
  return svg`<svg class="legend-icon" viewBox="0 0 44 32" aria-hidden="true" focusable="false">${body}</svg>`;
}
