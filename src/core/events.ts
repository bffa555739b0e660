// Typed pt-* events, always bubbling and composed so a host page can listen anywhere.

export function emit<T>(host: EventTarget, type: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
