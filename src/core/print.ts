// Printing a widget as a handout: closed <details> (answers, sources) hide their content on paper in some
// browsers, so they are opened just before printing and closed again afterwards.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class PrintDetailsController implements ReactiveController {
  private opened: HTMLDetailsElement[] = [];

  private readonly before = (): void => {
    this.opened = Array.from(this.host.renderRoot.querySelectorAll('details')).filter((d) => !d.open);
    this.opened.forEach((d) => (d.open = true));
  };

  private readonly after = (): void => {
    this.opened.forEach((d) => (d.open = false));
    this.opened = [];
  };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }
}
