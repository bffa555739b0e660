// Types shared by all content modules. Content is data: every medical statement names its sources.
import type { SourceId } from './sources.js';

export type { SourceId };

/**
 * Where in one source a claim is supported: a chapter and section, a page, a table, or a one-line summary
 * of the finding. Shown under the reference in the widget's "Sources" list and in docs/content-review.md.
 */
export type Locators = Partial<Record<SourceId, string>>;

/** A patient-facing statement, the sources that support it and, for each source, where it says so. */
export interface Statement {
  text: string;
  cite: readonly SourceId[];
  /** One locator per cited source (the content checks require it). */
  at?: Locators;
}

/** A bibliography entry. */
export interface Source {
  id: string;
  /** "Melzack R, Wall PD" */
  authors: string;
  year: number;
  title: string;
  /** Journal or book (with edition, publisher). */
  container: string;
  /** Volume, issue and pages, or chapter. */
  details?: string;
  doi?: string;
  isbn?: string;
  /** Only for references that have neither DOI nor ISBN (e.g. an agency guide). */
  url?: string;
}
