// The two things every widget ends with: a short disclaimer (replaceable by the clinic through
// the `disclaimer` slot or config) and a "Sources" disclosure listing what the widget cites.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from './locale.js';
import { coreStrings } from './strings.js';

export interface SourceLike {
  id: string;
  /** The formatted reference, plain text. */
  citation: string;
  /** A DOI or publisher link; opened only when the reader clicks it. */
  href?: string;
}

export interface FooterOptions {
  locale: Locale;
  sources: readonly SourceLike[];
  /** Clinic-supplied disclaimer text (from JSON config); rendered as text. */
  disclaimer?: string;
}

export function renderFooter({ locale, sources, disclaimer }: FooterOptions): TemplateResult {
  const s = coreStrings[locale];
  return html`
    <p class="pt-disclaimer" part="disclaimer">
      <slot name="disclaimer">${disclaimer ?? s.disclaimer}</slot>
    </p>
    ${sources.length
      ? html`<details class="pt-sources" part="sources">
          <summary>${s.sourcesSummary(sources.length)}</summary>
          <ol>
            ${sources.map(
              (src) =>
                html`<li id=${`src-${src.id}`}>
                  ${src.citation}${src.href
                    ? html` <a href=${src.href} target="_blank" rel="noopener noreferrer">${src.href.replace(/^https:\/\//, '')}</a>`
                    : nothing}
                </li>`,
            )}
          </ol>
        </details>`
      : nothing}
  `;
}
