// Typed pt-* events, always bubbling and composed so a host page can listen anywhere. Each widget's
// registering module declares its events in HTMLElementEventMap ('pt-x': CustomEvent<PtXDetail>), so a
// wrong event name or detail is a type error here and listeners in the page get the detail type.

/** Every pt-* event some widget declares in HTMLElementEventMap. */
export type PtEventName = Extract<keyof HTMLElementEventMap, `pt-${string}`>;

/** The detail type declared for event `K`. */
export type PtEventDetail<K extends PtEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emit<K extends PtEventName>(host: EventTarget, type: K, detail: PtEventDetail<K>): boolean;
/**
 * @deprecated The old call shape `emit<Detail>(host, 'pt-x', detail)`, kept only until the trigger-point
 * map moves to `emit(host, 'pt-x', detail)`; the name is still checked, the detail is not.
 */
export function emit<T>(host: EventTarget, type: PtEventName, detail: T): boolean;
export function emit(host: EventTarget, type: PtEventName, detail: unknown): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
