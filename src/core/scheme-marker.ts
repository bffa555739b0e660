// Colours without CSS light-dark(): in the few browsers that lack it (Safari < 17.5, Firefox < 120,
// Chrome < 123) the element imports scheme-fallback.ts, which marks the host with the page's scheme for
// theme.css.ts's fallback rules; every other browser skips that code entirely.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { waitFor(work: Promise<unknown>): void };

/** True when the browser resolves light-dark() (then the CSS alone follows the page, live). */
export const supportsLightDark = (): boolean => typeof CSS !== 'undefined' && CSS.supports('color', 'light-dark(#000, #fff)');

export class SchemeFallbackController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (supportsLightDark()) return;
    // updateComplete waits for the mark; if the import fails the light fallback values stay
    this.host.waitFor(import('./scheme-fallback.js').then((m) => m.markScheme(this.host), () => {}));
  }
}
