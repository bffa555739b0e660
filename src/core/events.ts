// Typed pt-* events, always bubbling and composed so a host page can listen anywhere. Each widget's
// registering module declares its events in HTMLElementEventMap ('pt-x': CustomEvent<PtXDetail>), so a
// wrong event name or detail is a type error here and listeners in the page get the detail type.

/** Every pt-* event some widget declares in HTMLElementEventMap. */
export type PtEventName = Extract<keyof HTMLElementEventMap, `pt-${string}`>;

/** The detail type declared for event `K`. */
export type PtEventDetail<K extends PtEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emit<K extends PtEventName>(host: EventTarget, type: K, detail: PtEventDetail<K>): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
