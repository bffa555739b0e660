// Mounts a widget the way a page does: inside a <div lang> of a given width, with its attributes and, when
// given, a JSON config as a <script type="application/json"> child; resolves once it has rendered.
import { fixture, html } from '@open-wc/testing';

export interface MountOptions {
  attrs?: Record<string, string>;
  /** The clinic's config text (any string, to test bad JSON too). */
  json?: string;
  /** Width of the wrapper in px. */
  width?: number;
  lang?: string;
}

export async function mountWidget<T extends HTMLElement & { updateComplete: Promise<unknown> }>(tag: string, opts: MountOptions = {}, defaultWidth = 900): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${opts.lang ?? 'en'}></div>`);
  wrap.style.width = `${opts.width ?? defaultWidth}px`;
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  if (opts.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = opts.json;
    el.append(script);
  }
  wrap.append(el);
  await el.updateComplete;
  return el;
}
