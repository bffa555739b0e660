// Locale resolution: the element's `lang`, else the nearest ancestor's (across shadow roots),
// else the document's. `en` and `es` ship; anything else falls back to English with one note.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from './warn.js';

export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The raw language tag that applies to `el` ('' when none is set anywhere). */
export function langOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.trim();
      node = node.parentNode ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode ?? null;
    }
  }
  return document.documentElement.getAttribute('lang')?.trim() ?? '';
}

/** Maps a BCP 47 tag ('es-MX', 'en_US', 'ES') to a shipped locale, or null. */
export function matchLocale(tag: string): Locale | null {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

type LocaleHost = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => {
    for (const c of controllers) c.refresh();
  });
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  observedRoots.add(root);
}

/** Keeps `locale` in step with the `lang` attributes around the host and re-renders on change. */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  /** The language tag as written ('' if none), for messages and `Intl`. */
  requested = '';

  constructor(
    private readonly host: LocaleHost,
    private readonly onChange?: (locale: Locale) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    // An element inside another component's shadow root: watch that root too.
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observe(root);
      root = root.host.getRootNode();
    }
    this.refresh(true);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  refresh(initial = false): void {
    const requested = langOf(this.host);
    const locale = matchLocale(requested) ?? DEFAULT_LOCALE;
    if (requested && !matchLocale(requested)) {
      warn(
        this.host.localName,
        `lang ${JSON.stringify(requested.slice(0, 40))} is not translated yet; showing English`,
        SUPPORTED_LOCALES,
        this.host,
      );
    }
    const changed = locale !== this.locale || requested !== this.requested;
    this.requested = requested;
    this.locale = locale;
    if (changed || initial) {
      this.host.requestUpdate();
      if (changed) this.onChange?.(locale);
    }
  }
}
