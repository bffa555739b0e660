// Records what an element shows from the moment it connects until `updateComplete`: a snapshot after
// every render and after every DOM change in its shadow root, so a test can assert that a passing state
// (e.g. English text under lang="es") never appeared, not only that the final state is right.
export async function recordUntilComplete<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  el: T,
  parent: Element,
  snapshot: (el: T) => string,
): Promise<string[]> {
  const seen: string[] = [];
  const snap = () => seen.push(snapshot(el));
  // Right after every render (updated() follows render() synchronously) ...
  const hooked = el as unknown as { updated(changed: unknown): void };
  const inherited = hooked.updated;
  hooked.updated = function (this: unknown, changed: unknown) {
    snap();
    inherited.call(this, changed);
  };
  parent.append(el);
  // ... and after every DOM change, from the moment the shadow root exists (it is made on connect).
  const mo = new MutationObserver(snap);
  mo.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  await el.updateComplete;
  mo.disconnect();
  snap();
  return seen;
}

/**
 * The shadow root's text and aria-labels (what a reader or a screen reader gets), leaving out the
 * bibliography, whose titles are English in every locale (a journal there is called "Brain"): the
 * snapshot the locale tests record with recordUntilComplete().
 */
export function shownText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('.pt-sources')) out.push(n.textContent ?? '');
  for (const n of Array.from(root.querySelectorAll('[aria-label]'))) out.push(n.getAttribute('aria-label') ?? '');
  return out.join('\n');
}
