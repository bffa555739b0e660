// Shared by the card and the comparison: reads the clinic's JSON config, loads the Spanish text on
// demand, and keeps the merged technique catalog for the active locale.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConfigController } from '../../core/config.js';
import type { Locale } from '../../core/locale.js';
import type { JsonSchema } from '../../core/schema.js';
import { warn } from '../../core/warn.js';
import { techniqueNotes, techniques, type TechniqueId, type TechniqueText } from '../../content/techniques.js';
import { buildCatalog, type Catalog, type TechniqueConfig } from './merge-config.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly locale: Locale };

interface SpanishContent {
  techniques: Readonly<Record<TechniqueId, TechniqueText>>;
  notes: { precautions: string };
}

let spanish: Promise<SpanishContent> | undefined;
/** The Spanish text once it has arrived, so later elements render it on their first render. */
let spanishLoaded: SpanishContent | undefined;

/** The Spanish module, imported once per page and only when some element needs it. */
function loadSpanish(): Promise<SpanishContent> {
  spanish ??= import('../../content/es/techniques.js').then((m) => (spanishLoaded = { techniques: m.techniquesEs, notes: m.techniqueNotesEs }));
  return spanish;
}

export class TechniqueContentController implements ReactiveController {
  private es: SpanishContent | undefined;
  private loading: Promise<unknown> | undefined;
  private cache: { key: string; catalog: Catalog } | undefined;
  /** Bumped whenever the config or loaded text changes, so hosts can tell the catalog moved. */
  version = 0;

  // The config script may be parsed after the element upgrades, or edited later by a CMS: the core
  // controller re-reads it; a new config rebuilds the catalog.
  private readonly configController: ConfigController<TechniqueConfig>;

  constructor(
    private readonly host: Host,
    schema: JsonSchema,
  ) {
    this.configController = new ConfigController<TechniqueConfig>(host, schema, () => {
      this.cache = undefined;
      this.version++;
    });
    host.addController(this);
  }

  get config(): TechniqueConfig | undefined {
    return this.configController.value;
  }

  hostConnected(): void {
    this.ensureLocale(this.host.locale);
  }

  /** Starts loading the text for `locale` if it is not here yet. */
  ensureLocale(locale: Locale): void {
    if (locale !== 'es' || this.es || this.loading) return;
    if (spanishLoaded) {
      this.es = spanishLoaded;
      this.cache = undefined;
      this.version++;
      return;
    }
    this.loading = loadSpanish().then(
      (es) => {
        this.es = es;
        this.loading = undefined;
        this.cache = undefined;
        this.version++;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        warn(this.host.localName, `could not load the Spanish text (${String(error)}); showing English`, undefined, this.host);
      },
    );
  }

  /** True while the text for `locale` is on its way: hosts show a loading line, never English labelled as Spanish. */
  waiting(locale: Locale): boolean {
    return locale === 'es' && !this.es && this.loading !== undefined;
  }

  /** Resolves once any pending locale text has loaded (used by the hosts' updateComplete). */
  get pending(): Promise<unknown> | undefined {
    return this.loading;
  }

  catalog(locale: Locale): Catalog {
    const useEs = locale === 'es' && this.es !== undefined;
    const key = `${locale}|${useEs}`;
    if (this.cache?.key === key) return this.cache.catalog;
    const catalog = buildCatalog(techniques, useEs ? this.es?.techniques : undefined, locale, this.config);
    for (const p of catalog.problems) warn(this.host.localName, p.what, p.valid, this.host);
    this.cache = { key, catalog };
    return catalog;
  }

  /** The note on how far experts agree about precautions, in the loaded locale. */
  precautionsNote(locale: Locale): { text: string; cite: readonly string[] } {
    const text = locale === 'es' && this.es ? this.es.notes.precautions : techniqueNotes.precautions.text;
    return { text, cite: techniqueNotes.precautions.cite };
  }
}
