// Finds a widget's clinic config: a <script type="application/json"> child, or the one its `config-id`
// attribute names (for page builders that strip or move <script> children). Apart from config.ts so a
// widget can look for a config without loading the validator (only needed when there is one).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonSchema } from './schema.js';
import { warn } from './warn.js';

export const isJson = (el: Element | null | undefined): el is HTMLScriptElement =>
  el?.localName === 'script' && el.getAttribute('type')?.trim().toLowerCase() === 'application/json';

/** The `<script type="application/json">` named by `config-id`, else the first such direct child, or null. */
export function configScript(host: Element): HTMLScriptElement | null {
  const id = host.getAttribute('config-id');
  if (id) {
    const el = (host.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? document.getElementById(id);
    return isJson(el) ? el : null;
  }
  for (const child of Array.from(host.children)) if (isJson(child)) return child;
  return null;
}

/**
 * Watches a widget's JSON config: reads it when the element connects and again whenever it is added,
 * edited or re-pointed (`config-id`) later (a CMS or page builder may do any of these), and hands each
 * new text to `changed()`. A config the page lost is reported once, when the page has been parsed.
 */
export abstract class ConfigWatcher implements ReactiveController {
  /** The config text last read (undefined before the first read). */
  protected text: string | null | undefined;
  private observer: MutationObserver | undefined;

  constructor(protected readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.check());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributeFilter: ['config-id'] });
    this.check();
    // A config-id target or a moved script may come later in the page: look once it is parsed. The
    // message (and the check that the script is not another widget's) lives in the lazily loaded config.js.
    const parsed = (): void => {
      this.check();
      const host = this.host;
      const after = host.nextElementSibling ?? host.parentElement?.nextElementSibling;
      if (this.text === null && host.isConnected && (host.hasAttribute('config-id') || [after, after?.firstElementChild].some(isJson))) {
        void import('./config.js').then((m) => m.warnLostConfig(host), () => {});
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed, { once: true });
    else parsed();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private check(): void {
    const script = configScript(this.host);
    // A script elsewhere in the page (config-id): watch its edits too.
    if (script && script.parentNode !== this.host) this.observer?.observe(script, { childList: true, subtree: true, characterData: true });
    const text = script?.textContent ?? null;
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
