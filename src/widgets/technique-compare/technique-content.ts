// Shared by the card and the comparison: reads the clinic's JSON config, follows the locale's text and keeps
// the merged technique catalog. Each language's common part (UI words, names, notes) is imported through
// core/locale-text.ts, English too, so a Spanish page downloads no English; each technique's part is imported
// only when an element shows that technique (parts.ts), once per page, again after a failure.
import type { ReactiveController } from 'lit';
import { LazyConfigController } from '../../core/config-script.js';
import type { SourceLike } from '../../core/footer.js';
import type { Locale } from '../../core/locale.js';
import { LocaleTextController, sharedImport, type LocaleTextHost, type SharedImport } from '../../core/locale-text.js';
import type { JsonSchema } from '../../core/schema.js';
import { warn } from '../../core/warn.js';
import { TECHNIQUE_IDS, type TechniqueId } from '../../content/technique-base.js';
import type { Statement } from '../../content/types.js';
import { buildCatalog, builtInIds, type AddClinicTechniques, type Catalog, type TechniqueConfig } from './merge-config.js';
import { sourceList, type TechniquePart } from './part-data.js';
import { loadPart, loadText, type TechniqueLocale } from './parts.js';

/** Parts here, by "<locale>:<id>", whichever element's import brought them. */
const parts = new Map<string, TechniquePart>();
const partImports = new Map<string, SharedImport<TechniquePart>>();
/** Parts arrived on this page: a catalog built before one arrived is stale. */
let arrived = 0;

function keep(locale: Locale, part: TechniquePart): TechniquePart {
  parts.set(`${locale}:${part.id}`, part);
  arrived++;
  return part;
}

/** One technique's part in one language alone, imported once per page (and again after a failure). */
function partImport(locale: Locale, id: TechniqueId): SharedImport<TechniquePart> {
  const key = `${locale}:${id}`;
  let shared = partImports.get(key);
  if (!shared) partImports.set(key, (shared = sharedImport(() => loadPart(locale, id).then((p) => keep(locale, p)))));
  return shared;
}

/** The techniques the element that starts a language's import shows first: they come in the same file. */
let hint: readonly TechniqueId[] = [];
const common = {
  en: sharedImport(() => loadText('en', hint).then((t) => (t.parts.forEach((p) => keep('en', p)), t.common))),
  es: sharedImport(() => loadText('es', hint).then((t) => (t.parts.forEach((p) => keep('es', p)), t.common))),
};

/** A language's common part as core's LocaleTextController sees it, telling the import which techniques `wanted()` shows. */
function commonImport(locale: Locale, wanted: () => readonly string[]): SharedImport<TechniqueLocale> {
  const shared = common[locale];
  return {
    get value() {
      return shared.value;
    },
    load: () => {
      hint = builtInIds(wanted());
      return shared.load();
    },
  };
}

type Host = LocaleTextHost & { readonly hasUpdated: boolean };

export class TechniqueContentController implements ReactiveController {
  /** The common part for the host's locale: hosts render `text.render({ pending, complete })`. */
  readonly text: LocaleTextController<TechniqueLocale>;
  private cache: { key: string; catalog: Catalog } | undefined;
  private configVersion = 0;
  private partsVersion = 0;
  /** Parts whose import failed for this element ("es:swedish"): tried again in another locale (or by another element). */
  private readonly failed = new Set<string>();
  private failedFor: Locale | undefined;

  // The config script may be parsed after the element upgrades, or edited later by a CMS: the core
  // controller re-reads it; a new config rebuilds the catalog. The validator and the schema are imported
  // only when the page has a config (most pages have none).
  private readonly configController: LazyConfigController<TechniqueConfig>;

  /** Adds the clinic's own techniques: imported with the schema, so here whenever a config is. */
  private addClinic: AddClinicTechniques | undefined;

  /**
   * `schema` picks the host's schema from config-schema.ts (imported only when the page has a config);
   * `wanted()`: the ids the host shows (to fetch their text with the first import of a language).
   */
  constructor(
    private readonly host: Host,
    schema: (m: typeof import('./config-schema.js')) => JsonSchema,
    wanted: () => readonly string[],
  ) {
    host.addController(this);
    const loadSchema = () => import('./config-schema.js').then((m) => ((this.addClinic = m.addClinicTechniques), schema(m)));
    this.configController = new LazyConfigController<TechniqueConfig>(host, loadSchema, () => {
      this.cache = undefined;
      this.configVersion++;
    });
    this.text = new LocaleTextController(host, { load: { en: commonImport('en', wanted), es: commonImport('es', wanted) }, what: { en: 'the English text', es: 'the Spanish text' } });
  }

  hostUpdate(): void {
    // A new locale tries the parts that failed before.
    if (this.failedFor !== this.host.locale) {
      this.failedFor = this.host.locale;
      this.failed.clear();
    }
  }

  get config(): TechniqueConfig | undefined {
    return this.configController.value;
  }

  /** True until the page's first config is applied: hosts show their loading line, not a flash of defaults. */
  get configLoading(): boolean {
    return this.configController.loading;
  }

  /** Changes whenever the config or the loaded text changes, so hosts can tell the catalog moved. */
  get version(): string {
    return `${this.configVersion}.${this.text.version}.${this.partsVersion}.${arrived}`;
  }

  /** The UI words of the loaded language (English after a failed import of another). */
  get strings(): TechniqueLocale['strings'] | undefined {
    return this.text.value?.strings;
  }

  /**
   * Whether the parts of these techniques are here (clinic ids need none). Missing ones are imported, the
   * host's `updateComplete` waits for them and the host updates when they arrive.
   */
  ready(ids: readonly string[]): boolean {
    const text = this.text.value;
    if (!text) return false;
    let ready = true;
    for (const id of builtInIds(ids)) if (!this.partFor(text.locale, id)) ready = false;
    return ready;
  }

  /** The part of `id` in `locale`, or undefined while it loads (a Spanish part that failed: the English). */
  private partFor(locale: Locale, id: TechniqueId): TechniquePart | undefined {
    const key = `${locale}:${id}`;
    const here = parts.get(key);
    if (here) return here;
    if (this.failed.has(key)) return locale === 'en' ? undefined : this.partFor('en', id);
    this.host.waitFor(
      partImport(locale, id)
        .load()
        .then(
          () => this.changed(),
          (error: unknown) => {
            this.failed.add(key);
            const showing = locale === 'en' ? '' : '; showing English';
            warn(this.host.localName, `could not load the text of "${id}" (${String(error)})${showing}`, 'dist/ files next to pt-explainers.js', this.host);
            this.changed();
          },
        ),
    );
    return undefined;
  }

  private changed(): void {
    this.partsVersion++;
    this.host.requestUpdate();
  }

  /** The catalog in the loaded language: every technique's name, and the techniques whose parts are here. */
  catalog(locale: Locale): Catalog | undefined {
    const text = this.text.value;
    if (!text) return undefined;
    const key = `${locale}|${this.version}`;
    if (this.cache?.key === key) return this.cache.catalog;
    const here = new Map<string, TechniquePart>();
    for (const id of TECHNIQUE_IDS) {
      const part = parts.get(`${text.locale}:${id}`) ?? (this.failed.has(`${text.locale}:${id}`) ? parts.get(`en:${id}`) : undefined);
      if (part) here.set(id, part);
    }
    const catalog = buildCatalog(text, here, locale, this.config, this.addClinic);
    for (const p of catalog.problems) warn(this.host.localName, p.what, p.valid, this.host);
    this.cache = { key, catalog };
    return catalog;
  }

  /** The Sources list for these statements, from the references the loaded parts brought. */
  sources(statements: Iterable<Statement>): SourceLike[] {
    const text = this.text.value;
    if (!text) return [];
    const known = { ...text.sources };
    for (const part of parts.values()) Object.assign(known, part.sources);
    return sourceList(statements, known);
  }
}
