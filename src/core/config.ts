// Clinic configuration without code: a <script type="application/json"> child of the widget,
// parsed (never evaluated), validated against the widget's published schema, problems reported once each.
import type { ReactiveControllerHost } from 'lit';
import { validate, type JsonSchema } from './schema.js';
import { warn } from './warn.js';
import { configScript, ConfigWatcher, isJson } from './config-script.js';

export { configScript } from './config-script.js';

/**
 * Reads and validates the widget's JSON config. Returns the valid part (or undefined when there
 * is none), after one `warn()` per problem, each naming the field and what is accepted.
 */
export function readConfig<T>(host: Element, schema: JsonSchema): T | undefined {
  const script = configScript(host);
  if (!script) return undefined;
  const tag = host.localName;
  const text = script.textContent ?? '';
  if (!text.trim()) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    warn(tag, `config <script type="application/json"> is not valid JSON (${(error as Error).message}); using the built-in content`, 'JSON as described in the schema ' + (schema.$id ?? ''), host);
    return undefined;
  }
  const { value, problems } = validate<T>(schema, raw);
  for (const p of problems) warn(tag, `${p.path} ${p.message}`, p.valid, host);
  return value;
}

/**
 * Reports a config the page lost (ConfigWatcher calls this only when it sees a hint of one): `config-id`
 * names nothing, or a JSON script sits right after the element (or after the paragraph it ends), where an
 * editor such as WordPress's automatic paragraphs moved it. A script another widget names with
 * `config-id` is not a lost one.
 */
export function warnLostConfig(host: Element): void {
  const id = host.getAttribute('config-id');
  const after = host.nextElementSibling ?? host.parentElement?.nextElementSibling;
  const stray = [after, after?.firstElementChild].find(isJson);
  const what = id
    ? `config-id "${id}" names no <script type="application/json"> on the page`
    : stray && !(stray.id && document.querySelector(`[config-id="${CSS.escape(stray.id)}"]`))
      ? 'a <script type="application/json"> right after the element is outside it (the page editor moved it), so it is ignored'
      : '';
  if (what) warn(host.localName, `${what}; using the built-in content`, 'a <script type="application/json"> as the element\'s direct child, or config-id="<the script\'s id>"', host);
}

/** Holds a widget's validated clinic config and keeps it current (see ConfigWatcher). */
export class ConfigController<T> extends ConfigWatcher {
  value: T | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly schema: JsonSchema,
    private readonly onChange?: (value: T | undefined) => void,
  ) {
    super(host);
  }

  protected changed(): void {
    this.value = readConfig<T>(this.host, this.schema);
    this.onChange?.(this.value);
    this.host.requestUpdate();
  }
}
