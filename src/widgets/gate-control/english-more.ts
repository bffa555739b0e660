// The English words a reader asks for (technical names, what each part does, the tour, the note): words.ts.
import { gateWords } from '../../content/gate-control.js';
import { moreWords } from './words.js';

export const gateMore = moreWords(gateWords);
