// The bibliography is only shown inside the "Sources" disclosure, so widgets fetch it right after they
// connect instead of shipping it in their first-render code. Each widget passes its own `sources.ts`
// import, which the build trims to the references that widget cites (scripts/cited-sources.mjs).
import type { ReactiveController } from 'lit';
import type { SourceLike } from '../../core/footer.js';
import { sharedImport, type SharedImport } from '../../core/locale-text.js';
import type { PtElement } from '../../core/pt-element.js';

export type Bibliography = Pick<typeof import('../../content/sources.js'), 'footerSources'>;

/** A widget's bibliography, imported once per page whichever element asks first (and again after a failure). */
export function bibliographyImport(load: () => Promise<Bibliography>): SharedImport<Bibliography> {
  return sharedImport(load);
}

export class BibliographyController implements ReactiveController {
  constructor(
    private readonly host: PtElement,
    private readonly bibliography: SharedImport<Bibliography>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.bibliography.value) return;
    this.host.waitFor(
      this.bibliography.load().then(
        () => this.host.requestUpdate(),
        (error: unknown) => {
          console.warn(`[${this.host.localName}] could not load the list of sources (${String(error)}) — valid: dist/ files next to pt-explainers.js`);
        },
      ),
    );
  }

  /**
   * The footer's source list for these ids or statements (statements add where in each source their
   * claim is supported); empty until the bibliography has arrived.
   */
  sources(items: Iterable<string | { cite: readonly string[]; at?: Partial<Record<string, string>> }>): SourceLike[] {
    return this.bibliography.value?.footerSources(items) ?? [];
  }
}
