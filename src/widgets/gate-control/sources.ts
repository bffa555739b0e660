// Gate control's "Sources" list: every reference its statements cite, formatted, each with where in it the
// gate's claims are supported, in the order the widget shows the statements. A clinic's config changes words,
// never sources, so the list is fixed: the build writes it as data (scripts/cited-sources.mjs, `lists`), and
// the entry carries neither the statements' source map nor the formatter. In tests and dev it is made here.
import { footerSources } from '../../content/sources.js';
import { GATE_CITES, GATE_PART_IDS } from '../../content/gate-control-base.js';
import type { Locators } from '../../content/types.js';
import type { SourceLike } from '../../core/footer.js';

const C = GATE_CITES;
/** Every statement's sources and locators (intro, each part's role, the steps, the note, the speeds). */
export const GATE_CITED: readonly { cite: string[]; at: Locators }[] = [C.intro, ...GATE_PART_IDS.map((id) => C.parts[id]), ...C.steps, ...C.note, C.speeds].map(
  (at: Locators) => ({ cite: Object.keys(at), at }),
);

/** The Sources list, the same in every language (the locators are the English ones). */
export const sourceList: readonly SourceLike[] = footerSources(GATE_CITED);
