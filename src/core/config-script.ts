// Finds a widget's clinic config, a <script type="application/json"> child. Apart from config.ts so a
// widget can look for a config without loading the validator (only needed when there is one).

/** The first direct `<script type="application/json">` child, or null. */
export function configScript(host: Element): HTMLScriptElement | null {
  for (const child of Array.from(host.children)) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') {
      return child as HTMLScriptElement;
    }
  }
  return null;
}
