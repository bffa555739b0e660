// The five-step guided tour: what each step sets and points at. Its caption box (guide.ts) is imported
// when a tour starts.
import { sharedImport } from '../../core/locale-text.js';
import type { GatePartId } from '../../content/gate-control-base.js';
import type { BrainState } from './gate-model.js';

export const STEP_COUNT = 5;

/** What each guided step shows: the inputs it sets and the parts it points at. */
export const STEPS: readonly { pain: number; touch: number; brain: BrainState; focus: readonly GatePartId[] }[] = [
  { pain: 70, touch: 0, brain: 'neutral', focus: ['skin', 'adelta', 'c'] },
  { pain: 70, touch: 0, brain: 'neutral', focus: ['interneuron', 'tcell', 'ascending', 'brain'] },
  { pain: 70, touch: 80, brain: 'neutral', focus: ['skin', 'abeta'] },
  { pain: 70, touch: 80, brain: 'neutral', focus: ['interneuron', 'tcell', 'ascending'] },
  // Massage stays on, so the brain's share shows as a further closing of the gate.
  { pain: 70, touch: 80, brain: 'calm', focus: ['brain', 'descending', 'interneuron'] },
];

export interface StepText {
  title: string;
  text: string;
}

/** The tour's caption box and its styles, imported once per page when a tour starts (named exports, not the namespace: no bundler runtime). */
export const guideImport = sharedImport(() => import('./guide.js').then(({ renderGuide, guideStyles }) => ({ renderGuide, guideStyles })));
export type Guide = NonNullable<typeof guideImport.value>;
