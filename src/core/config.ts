// Clinic configuration without code: a <script type="application/json"> child of the widget,
// parsed (never evaluated), validated against the widget's published schema, problems reported once each.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validate, type JsonSchema } from './schema.js';
import { warn } from './warn.js';
import { configScript } from './config-script.js';

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
 * Holds a widget's validated clinic config and keeps it current: read when the element connects,
 * and again whenever its JSON child is added or edited later (a CMS or page builder may do either).
 */
export class ConfigController<T> implements ReactiveController {
  value: T | undefined;
  private observer: MutationObserver | undefined;
  private text: string | null | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly schema: JsonSchema,
    private readonly onChange?: (value: T | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const text = configScript(this.host)?.textContent ?? null;
    if (text === this.text) return;
    this.text = text;
    this.value = readConfig<T>(this.host, this.schema);
    this.onChange?.(this.value);
    this.host.requestUpdate();
  }
}
