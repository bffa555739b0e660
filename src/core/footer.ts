// What every widget ends with: the clinic's note (replaceable through the `disclaimer` slot or config),
// the core safety line that no configuration can remove, and a "Sources" disclosure listing what the
// widget cites and where in each source its claims are supported.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from './locale.js';
import { coreStrings } from './strings.js';

export interface SourceLike {
  id: string;
  /** The formatted reference, plain text. */
  citation: string;
  /** A DOI or publisher link; opened only when the reader clicks it. */
  href?: string;
  /** Where in the source the widget's claims are supported (chapter, section, table, finding). */
  at?: readonly string[];
}

export interface FooterOptions {
  locale: Locale;
  sources: readonly SourceLike[];
  /** Clinic-supplied disclaimer text (from JSON config); rendered as text. */
  disclaimer?: string;
}

/**
 * "For education only, not a diagnosis; in an emergency call your local emergency number." Always shown:
 * a clinic's own disclaimer stands beside it, never replaces it.
 */
export function renderSafetyLine(locale: Locale): TemplateResult {
  return html`<p class="pt-disclaimer pt-safety" part="safety">${coreStrings[locale].safety}</p>`;
}

export function renderFooter({ locale, sources, disclaimer }: FooterOptions): TemplateResult {
  const s = coreStrings[locale];
  return html`
    <p class="pt-disclaimer" part="disclaimer">
      <slot name="disclaimer">${disclaimer ?? s.disclaimer}</slot>
    </p>
    ${renderSafetyLine(locale)}
    ${sources.length
      ? html`<details class="pt-sources" part="sources">
          <summary>${s.sourcesSummary(sources.length)}</summary>
          <ol>
            ${sources.map(
              (src) =>
                html`<li id=${`src-${src.id}`}>
                  ${src.citation}${src.href
                    ? html` <a href=${src.href} target="_blank" rel="noopener noreferrer">${src.href.replace(/^https:\/\//, '')}</a>`
                    : nothing}${src.at?.length
                    ? html`<div class="pt-locators" part="locators">
                        ${src.at.map((at) => html`<div>${s.supports(at)}</div>`)}
                      </div>`
                    : nothing}
                </li>`,
            )}
          </ol>
        </details>`
      : nothing}
  `;
}
