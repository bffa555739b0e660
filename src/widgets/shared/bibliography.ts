// The bibliography (every reference the content cites) is only shown inside the "Sources" disclosure,
// so widgets fetch it right after they connect instead of shipping it in their first-render code.
import type { ReactiveController } from 'lit';
import type { SourceLike } from '../../core/footer.js';
import { sharedImport } from '../../core/locale-text.js';
import type { PtElement } from '../../core/pt-element.js';

type Bibliography = typeof import('../../content/sources.js');

/** The bibliography, imported once per page whichever widget asks first (and again after a failure). */
const bibliography = sharedImport<Bibliography>(() => import('../../content/sources.js'));

export class BibliographyController implements ReactiveController {
  constructor(private readonly host: PtElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (bibliography.value) return;
    this.host.waitFor(
      bibliography.load().then(
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
    return bibliography.value?.footerSources(items) ?? [];
  }
}
