// For browsers without CSS light-dark() (Safari < 17.5, Firefox < 120, Chrome < 123): they cannot let the
// colour tokens follow the page's color-scheme, so the element reads the page's scheme once, when it is
// connected, and marks the host data-pt-scheme="dark" or "light" for theme.css.ts's fallback rules.
// One-way and only there: a page that switches its scheme later is followed on the next connection.
// Imported only by those browsers (scheme-marker.ts): nearly every reader never downloads it.

/** The scheme a page shows for a `color-scheme` value (`normal`, `dark`, `light dark`, `only dark` ...). */
export function schemeOf(colorScheme: string, systemDark: boolean): 'light' | 'dark' {
  const words = colorScheme.trim().split(/\s+/);
  if (!words.includes('dark')) return 'light';
  return words.includes('light') ? (systemDark ? 'dark' : 'light') : 'dark';
}

/** The scheme of the page around `host`: its parent's color-scheme, else the page's <meta name="color-scheme">. */
export function pageSchemeAround(host: Element): 'light' | 'dark' {
  const parent = host.parentElement ?? (host.getRootNode() as ShadowRoot).host ?? document.documentElement;
  let value = getComputedStyle(parent).colorScheme || 'normal';
  if (value === 'normal') value = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? 'normal';
  return schemeOf(value, matchMedia('(prefers-color-scheme: dark)').matches);
}

/** Marks `host` with the scheme of the page around it. */
export function markScheme(host: HTMLElement): void {
  host.dataset.ptScheme = pageSchemeAround(host);
}
