// The base every widget extends: theme tokens, locale, reduced motion, one warn() and a guard that
// keeps a rendering error inside the widget instead of throwing into the clinic's page.
import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController, type Locale } from './locale.js';
import { intlTag } from './format.js';
import { ReducedMotionController } from './reduced-motion.js';
import { SchemeFallbackController } from './scheme-marker.js';
import { themeStyles } from './theme.css.js';
import { markOnce } from './perf.js';
import { warn, quote } from './warn.js';

export const THEMES = ['page', 'auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export class PtElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles];
  // Every widget declares its reactive properties as data (`static properties`), not with decorators: Lit's
  // decorator helpers would ship in the shared first-load code. Internal state is `attribute: false`.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour scheme. `page` (default) follows the host page's `color-scheme` (light unless the page
   * declares `dark` or `light dark` on `:root`, an ancestor or `<meta name="color-scheme">`);
   * `auto` follows the reader's system setting; `light` or `dark` force one.
   */
  // The values written out (not `Theme`): custom-elements.json, the JSX types and the embed builder read them.
  theme: 'page' | 'auto' | 'light' | 'dark' = 'page';

  protected readonly localeController = new LocaleController(this, (l) => this.localeChanged(l));
  protected readonly motionController = new ReducedMotionController(this, (r) => this.reducedMotionChanged(r));
  protected readonly schemeFallback = new SchemeFallbackController(this); // colours without light-dark()

  private readonly pendingWork = new Set<Promise<unknown>>();

  /**
   * Work the next `updateComplete` waits for (lazily loaded text or data), so a page or test that
   * awaits `updateComplete` sees the finished widget.
   * @internal
   */
  waitFor(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work.finally(() => this.pendingWork.delete(tracked));
    this.pendingWork.add(tracked);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pendingWork.size) {
      await Promise.allSettled([...this.pendingWork]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The active locale, resolved from `lang` on the element, its ancestors or the document. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** The tag for Intl number and list formatting: the page's regional tag if any ('es-MX'), else 'es-US' / 'en'. */
  get intlLocale(): string {
    return intlTag(this.localeController.locale, this.localeController.requested);
  }

  /** True when the reader asked the system for less motion. */
  get reducedMotion(): boolean {
    return this.motionController.reduced;
  }

  /** Hook for subclasses: the locale changed (load translated content here). */
  protected localeChanged(_locale: Locale): void {}

  /** Hook for subclasses: prefers-reduced-motion changed. */
  protected reducedMotionChanged(_reduced: boolean): void {}

  /** `[pt-<tag>] <what> — valid: <values>`, once per element and message. */
  protected warn(what: string, valid?: string | readonly string[]): void {
    warn(this.localName, what, valid, this);
  }

  /** Returns `value` when it is one of `allowed`, otherwise warns about attribute `attr` and returns `fallback`. */
  protected checkEnum<T extends string>(attr: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    if (value === null || value === undefined || value === '') return fallback;
    this.warn(`${attr}=${quote(value)} is not recognised; using "${fallback}"`, allowed);
    return fallback;
  }

  /** Clamps a numeric attribute, warning (once) when it was not a number in range. */
  protected checkNumber(attr: string, value: unknown, min: number, max: number, fallback: number): number {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n)) {
      if (value !== undefined && value !== null) this.warn(`${attr}=${quote(value)} is not a number; using ${fallback}`, `${min}–${max}`);
      return fallback;
    }
    if (n < min || n > max) {
      const clamped = Math.min(max, Math.max(min, n));
      this.warn(`${attr}=${quote(value)} is out of range; using ${clamped}`, `${min}–${max}`);
      return clamped;
    }
    return n;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this.checkEnum('theme', this.theme, THEMES, 'page');
  }

  // A throw from render() must not become an uncaught error in the clinic's page.
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      console.error(`[${this.localName}] could not render:`, error);
    }
  }

  protected override firstUpdated(_changed: PropertyValues): void {
    markOnce(this.localName, 'first-render');
  }
}
