// Tracks `prefers-reduced-motion` so widgets can swap animation for still pictures.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(prefers-reduced-motion: reduce)';

export class ReducedMotionController implements ReactiveController {
  reduced = false;
  private mql?: MediaQueryList;
  private readonly onChange = (): void => {
    const next = this.mql?.matches ?? false;
    if (next !== this.reduced) {
      this.reduced = next;
      this.host.requestUpdate();
      this.callback?.(next);
    }
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callback?: (reduced: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.mql ??= globalThis.matchMedia?.(QUERY);
    this.reduced = this.mql?.matches ?? false;
    this.mql?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.mql?.removeEventListener('change', this.onChange);
  }
}
