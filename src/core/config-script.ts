// Finds a widget's clinic config, a <script type="application/json"> child. Apart from config.ts so a
// widget can look for a config without loading the validator (only needed when there is one).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonSchema } from './schema.js';
import { warn } from './warn.js';

/** The first direct `<script type="application/json">` child, or null. */
export function configScript(host: Element): HTMLScriptElement | null {
  for (const child of Array.from(host.children)) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') {
      return child as HTMLScriptElement;
    }
  }
  return null;
}

/**
 * Watches a widget's JSON child: reads it when the element connects and again whenever it is added or
 * edited later (a CMS or page builder may do either), and hands each new text to `changed()`.
 */
export abstract class ConfigWatcher implements ReactiveController {
  /** The config text last read (undefined before the first read). */
  protected text: string | null | undefined;
  private observer: MutationObserver | undefined;

  constructor(protected readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.check();
    this.observer ??= new MutationObserver(() => this.check());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private check(): void {
    const text = configScript(this.host)?.textContent ?? null;
    if (text === this.text) return;
    this.text = text;
    this.changed(text);
  }

  protected abstract changed(text: string | null): void;
}

type LazyConfigHost = ReactiveControllerHost &
  HTMLElement & { readonly hasUpdated: boolean; waitFor(work: Promise<unknown>): void };

/**
 * ConfigController's twin for widgets that keep the validator and their schema out of their first-load
 * code: both are imported only when a JSON child is actually there. Until the first config is applied
 * `loading` is true, so the widget can show a loading line instead of a flash of its default labels.
 */
export class LazyConfigController<T> extends ConfigWatcher {
  value: T | undefined;
  loading = false;

  constructor(
    protected override readonly host: LazyConfigHost,
    private readonly loadSchema: () => Promise<JsonSchema>,
    private readonly onChange?: (value: T | undefined) => void,
  ) {
    super(host);
  }

  protected changed(text: string | null): void {
    const apply = (value?: T): void => {
      if (this.text !== text) return; // edited again meanwhile: the later read applies
      this.value = value;
      this.loading = false;
      this.onChange?.(value);
      this.host.requestUpdate();
    };
    if (!text?.trim()) return apply();
    this.loading ||= !this.host.hasUpdated;
    this.host.waitFor(
      Promise.all([import('./config.js'), this.loadSchema()]).then(
        ([{ readConfig }, schema]) => apply(readConfig<T>(this.host, schema)),
        (error: unknown) => {
          warn(this.host.localName, `could not load the config schema (${String(error)})`, undefined, this.host);
          apply(); // the built-in content
        },
      ),
    );
  }
}
