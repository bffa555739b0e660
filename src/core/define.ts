// Guarded custom-element registration: loading the library twice is silent,
// a tag already taken by something else gives one warning and is skipped.
import { VERSION } from './version.js';
import { warn } from './warn.js';

const VERSION_KEY = Symbol.for('pt-explainers.version');

type Stamped = CustomElementConstructor & { [VERSION_KEY]?: string };

/** Registers `tag` unless it is taken. Returns true when this call defined it. */
export function define(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag) as Stamped | undefined;
  if (existing) {
    if (existing === ctor) return false;
    const other = existing[VERSION_KEY];
    if (other === VERSION) return false; // a second copy of the same release: nothing to say
    warn(
      tag,
      other
        ? `already defined by pt-explainers ${other}; this copy (${VERSION}) is skipped`
        : `the tag is already defined by another script; pt-explainers ${VERSION} skips it`,
      'one copy of pt-explainers per page, or rename the other element',
    );
    return false;
  }
  (ctor as Stamped)[VERSION_KEY] = VERSION;
  try {
    registry.define(tag, ctor);
  } catch (error) {
    warn(tag, `could not be registered (${(error as Error).message})`);
    return false;
  }
  performance.mark?.(`pt:${tag}:defined`);
  return true;
}
