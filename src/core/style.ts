// A CSP-safe styleMap: Lit's styleMap writes a style="" attribute on first render, which a strict
// Content-Security-Policy (no 'unsafe-inline' for style-src-attr) blocks. This directive only ever
// uses CSSOM (element.style.setProperty), which CSP allows.
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleValues = Readonly<Record<string, string | number | null | undefined>>;

const kebab = (name: string): string => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class CssomStyle extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('cssom() belongs in a style attribute binding: style=${cssom({...})}');
    }
  }

  render(_styles: StyleValues): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleValues]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === null || value === undefined) continue;
      const prop = kebab(name);
      next.add(prop);
      style.setProperty(prop, String(value));
    }
    for (const prop of this.previous) if (!next.has(prop)) style.removeProperty(prop);
    this.previous = next;
    return noChange;
  }
}

/** `style=${cssom({ opacity: 0.5, '--x': '3px' })}`: like styleMap, but never writes a style attribute. */
export const cssom = directive(CssomStyle);
