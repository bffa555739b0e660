// Types shared by all content modules. Content is data: every medical statement names its sources.
import type { SourceId } from './sources.js';

export type { SourceId };

/** A patient-facing statement and the sources that support it. */
export interface Statement {
  text: string;
  cite: readonly SourceId[];
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
