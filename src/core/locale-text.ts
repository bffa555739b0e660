// The one way a widget gets text that is not in its first-load code (the Spanish content, a list of
// sources): a page-wide shared import that forgets a failure so a later try can succeed, and a reactive
// controller in the spirit of @lit/task (status, a promise, render of pending / complete / error, retry).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './locale.js';
import { warn } from './warn.js';

/** Something imported at most once per page, whichever element asks first. */
export interface SharedImport<T> {
  /** The value once it has arrived (undefined before, and after a failure). */
  readonly value: T | undefined;
  /** Starts the import (or joins the one under way). A failed import is forgotten: the next call tries again. */
  load(): Promise<T>;
}

/** Wraps `load` so the page imports it once; after a failure a later call (another element, a retry) imports again. */
export function sharedImport<T>(load: () => Promise<T>): SharedImport<T> {
  let loading: Promise<T> | undefined;
  const shared = {
    value: undefined as T | undefined,
    load: (): Promise<T> =>
      (loading ??= load().then(
        (value) => (shared.value = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return shared;
}

export type TaskStatus = 'pending' | 'complete' | 'error';

/** What a host needs: a locale, and `waitFor()` so its `updateComplete` waits for the text (PtElement has both). */
export type LocaleTextHost = ReactiveControllerHost &
  HTMLElement & { readonly locale: Locale; waitFor(work: Promise<unknown>): void };

export interface LocaleTextOptions<T> {
  /**
   * The text shipped in the widget's first-load code (English), shown after a failure. Leave it out when
   * English is imported too (`load.en`): a page in another language then does not download the English,
   * and after a failure the English is imported to show instead.
   */
  fallback?: T;
  /** Each locale's text not in the first-load code, imported only when an element first needs it. */
  load: Partial<Record<Locale, SharedImport<T>>>;
  /** For the warning: "could not load <what>; showing English" (per locale when English is imported too). */
  what?: string | Partial<Record<Locale, string>>;
}

export interface LocaleTextRenderers<T, R> {
  /** While the text for the active locale is on its way (never English labelled as another language). */
  pending: () => R;
  /** The text for the active locale. */
  complete: (text: T) => R;
  /** The import failed (one console warning is given); default: `complete(fallback)` (`pending()` until an imported fallback is here). */
  error?: (error: unknown, fallback: T) => R;
}

/**
 * Keeps the text for the host's active locale. Before every update it checks the locale; text that is
 * not here yet is imported (shared by all elements on the page), the host renders its pending state,
 * and `updateComplete` waits (through `host.waitFor`) until the text is rendered. After a failure the
 * host shows the fallback with one warning; `retry()`, a later locale change or another element tries again.
 */
export class LocaleTextController<T> implements ReactiveController {
  status: TaskStatus = 'complete';
  error: unknown;
  private locale: Locale | undefined;
  private loaded: T | undefined;
  private current: Promise<T> | undefined;
  /** The English imported after another locale's text failed (when there is no first-load fallback). */
  private imported: T | undefined;
  /** Bumped whenever the text changes, so a host can tell derived data (a catalog) is stale. */
  version = 0;

  constructor(
    private readonly host: LocaleTextHost,
    private readonly options: LocaleTextOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** The text for the active locale; undefined while it loads. After a failure, the fallback (once it is here). */
  get value(): T | undefined {
    this.sync();
    if (this.status === 'complete') return this.loaded ?? this.options.fallback;
    return this.status === 'error' ? this.fallback : undefined;
  }

  private get fallback(): T | undefined {
    return this.hasFallback ? this.options.fallback : this.imported;
  }

  /** A first-load fallback was given (even `undefined`, for a host whose English is "no overlay"). */
  private get hasFallback(): boolean {
    return 'fallback' in this.options;
  }

  /** Resolves with the text for the active locale once it is here (rejects if the import under way fails; the fallback after a failure). */
  get promise(): Promise<T> {
    this.sync();
    return this.current ?? Promise.resolve(this.value as T);
  }

  render<R>(renderers: LocaleTextRenderers<T, R>): R {
    const value = this.value;
    if (this.status === 'pending') return renderers.pending();
    const fallback = this.fallback;
    if (this.status === 'error' && !this.hasFallback && fallback === undefined) return renderers.pending();
    if (this.status === 'error' && renderers.error) return renderers.error(this.error, fallback as T);
    return renderers.complete(value as T);
  }

  /** Imports the active locale's text again after a failure. */
  retry(): void {
    if (this.status !== 'error') return;
    this.locale = undefined;
    this.sync();
    this.host.requestUpdate();
  }

  /** Follows the host's locale: uses text already on the page, or starts (or joins) its import. */
  private sync(): void {
    const locale = this.host.locale;
    if (locale === this.locale) return;
    this.locale = locale;
    this.error = undefined;
    const shared = this.options.load[locale];
    if (!shared) return this.settle('complete', undefined);
    if (shared.value !== undefined) return this.settle('complete', shared.value);
    this.status = 'pending';
    const request = (this.current = shared.load());
    this.host.waitFor(
      request.then(
        (text) => {
          if (this.current !== request) return;
          this.settle('complete', text);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (this.current !== request) return;
          this.error = error;
          const english = this.hasFallback || locale === 'en' ? undefined : this.options.load.en;
          const what = this.options.what;
          const name = (typeof what === 'string' ? what : what?.[locale]) ?? `the ${locale} text`;
          const showing = this.hasFallback || english ? '; showing English' : '';
          warn(this.host.localName, `could not load ${name} (${String(error)})${showing}`, 'dist/ files next to pt-explainers.js', this.host);
          this.settle('error', undefined);
          this.host.requestUpdate();
          if (english) {
            this.host.waitFor(
              english.load().then(
                (text) => {
                  this.imported = text;
                  this.host.requestUpdate();
                },
                () => {}, // no English either: the pending line stays, the warning above says why
              ),
            );
          }
        },
      ),
    );
  }

  private settle(status: TaskStatus, text: T | undefined): void {
    if (status === 'complete' && text === this.loaded && this.status === 'complete') return;
    this.status = status;
    this.loaded = text;
    this.current = undefined;
    this.version++;
  }
}
