// Is the widget on screen in a visible tab? Animations and render loops run only while it is.
// One IntersectionObserver is shared per root margin, however many widgets a page has.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Callback = (entry: IntersectionObserverEntry) => void;
const observers = new Map<string, { io: IntersectionObserver; callbacks: Map<Element, Callback> }>();

function sharedObserver(rootMargin: string) {
  let shared = observers.get(rootMargin);
  if (!shared) {
    const callbacks = new Map<Element, Callback>();
    const io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) callbacks.get(entry.target)?.(entry);
      },
      { rootMargin },
    );
    shared = { io, callbacks };
    observers.set(rootMargin, shared);
  }
  return shared;
}

export interface VisibilityOptions {
  /** Grow the viewport by this margin, e.g. '300px' to act just before the widget scrolls in. */
  rootMargin?: string;
  /** Called whenever `visible` flips. */
  onChange?: (visible: boolean) => void;
}

export class VisibilityController implements ReactiveController {
  /** In (or near, with rootMargin) the viewport. */
  intersecting = false;
  /** The tab is in the foreground. */
  pageVisible = !document.hidden;
  private readonly rootMargin: string;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: VisibilityOptions = {},
  ) {
    this.rootMargin = options.rootMargin ?? '0px';
    host.addController(this);
  }

  /** On screen and the tab is visible: the only time to animate. */
  get visible(): boolean {
    return this.intersecting && this.pageVisible;
  }

  private readonly onVisibility = (): void => this.update(this.intersecting, !document.hidden);

  private update(intersecting: boolean, pageVisible: boolean): void {
    const before = this.visible;
    this.intersecting = intersecting;
    this.pageVisible = pageVisible;
    if (before !== this.visible) this.options.onChange?.(this.visible);
  }

  hostConnected(): void {
    const shared = sharedObserver(this.rootMargin);
    shared.callbacks.set(this.host, (entry) => this.update(entry.isIntersecting, !document.hidden));
    shared.io.observe(this.host);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    const shared = observers.get(this.rootMargin);
    if (shared) {
      shared.io.unobserve(this.host);
      shared.callbacks.delete(this.host);
    }
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.update(false, this.pageVisible);
  }
}
