// Shared by the card and the comparison: reads the clinic's JSON config, follows the locale's text
// (Spanish imported on demand through core/locale-text.ts), and keeps the merged technique catalog.
import { LazyConfigController } from '../../core/config-script.js';
import type { Locale } from '../../core/locale.js';
import { LocaleTextController, sharedImport, type LocaleTextHost } from '../../core/locale-text.js';
import type { JsonSchema } from '../../core/schema.js';
import { warn } from '../../core/warn.js';
import { techniqueNotes, techniques, type TechniqueId, type TechniqueNotes, type TechniqueText } from '../../content/techniques.js';
import type { Statement } from '../../content/types.js';
import { bibliographyImport } from '../shared/bibliography.js';
import { buildCatalog, type Catalog, type TechniqueConfig } from './merge-config.js';
import { footerSources } from './sources.js';

/** A locale's technique text over the English base (none for English itself), and its notes. */
interface TechniqueLocaleText {
  techniques?: Readonly<Record<TechniqueId, TechniqueText>>;
  notes: Record<keyof TechniqueNotes, string>;
}

const english: TechniqueLocaleText = {
  notes: Object.fromEntries(Object.entries(techniqueNotes).map(([k, st]) => [k, (st as Statement).text])) as TechniqueLocaleText['notes'],
};

/**
 * The references the technique content cites (trimmed to those by the build). They travel with the content:
 * the Sources list needs them on every page, and one file fewer is less to download than a lazy one.
 */
export const techniqueSources = bibliographyImport(() => Promise.resolve({ footerSources }));

const textByLocale = {
  es: sharedImport(() => import('../../content/es/techniques.js').then((m): TechniqueLocaleText => ({ techniques: m.techniquesEs, notes: m.techniqueNotesEs }))),
};

export class TechniqueContentController {
  /** The text for the host's locale: hosts render `text.render({ pending, complete })`. */
  readonly text: LocaleTextController<TechniqueLocaleText>;
  private cache: { key: string; catalog: Catalog } | undefined;
  private configVersion = 0;

  // The config script may be parsed after the element upgrades, or edited later by a CMS: the core
  // controller re-reads it; a new config rebuilds the catalog. The validator and the schema are imported
  // only when the page has a config (most pages have none).
  private readonly configController: LazyConfigController<TechniqueConfig>;

  constructor(
    private readonly host: LocaleTextHost & { readonly hasUpdated: boolean },
    loadSchema: () => Promise<JsonSchema>,
  ) {
    this.configController = new LazyConfigController<TechniqueConfig>(host, loadSchema, () => {
      this.cache = undefined;
      this.configVersion++;
    });
    this.text = new LocaleTextController(host, { fallback: english, load: textByLocale, what: 'the Spanish text' });
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
    return `${this.configVersion}.${this.text.version}`;
  }

  catalog(locale: Locale): Catalog {
    const overlay = this.text.value?.techniques;
    const key = `${locale}|${this.version}`;
    if (this.cache?.key === key) return this.cache.catalog;
    const catalog = buildCatalog(techniques, overlay, locale, this.config);
    for (const p of catalog.problems) warn(this.host.localName, p.what, p.valid, this.host);
    this.cache = { key, catalog };
    return catalog;
  }

  /** A shared note in the loaded locale, with the English statement's sources and locators. */
  note(key: keyof TechniqueNotes): Statement {
    return { ...techniqueNotes[key], text: (this.text.value ?? english).notes[key] };
  }

  /** How far experts agree about precautions. */
  precautionsNote(): Statement {
    return this.note('precautions');
  }

  /** The plain word on the "massage flushes toxins" belief. */
  mythNote(_locale?: Locale): Statement {
    return this.note('myth');
  }
}
