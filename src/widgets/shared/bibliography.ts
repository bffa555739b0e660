// The bibliography (every reference the content cites) is only shown inside the "Sources" disclosure,
// so widgets fetch it right after they connect instead of shipping it in their first-render code.
import type { ReactiveController } from 'lit';
import type { SourceLike } from '../../core/footer.js';
import type { PtElement } from '../../core/pt-element.js';

type Bibliography = typeof import('../../content/sources.js');

let loading: Promise<Bibliography> | undefined;

/** Loads the bibliography once per page, whichever widget asks first. */
export function loadBibliography(): Promise<Bibliography> {
  loading ??= import('../../content/sources.js');
  return loading;
}

export class BibliographyController implements ReactiveController {
  private bibliography: Bibliography | undefined;

  constructor(private readonly host: PtElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.bibliography) return;
    this.host.waitFor(
      loadBibliography().then(
        (b) => {
          this.bibliography = b;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          loading = undefined;
          console.warn(`[${this.host.localName}] could not load the list of sources (${String(error)}) — valid: dist/ files next to pt-explainers.js`);
        },
      ),
    );
  }

  /** The footer's source list for these ids (empty until the bibliography has arrived). */
  sources(ids: Iterable<string>): SourceLike[] {
    return this.bibliography?.footerSources(ids) ?? [];
  }
}
