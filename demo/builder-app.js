// The embed builder's page logic: every control comes from custom-elements.json (never listed twice); the
// preview is the real widget, and its own console warnings are the config errors shown here. Started by
// builder.js (served: fetches the manifest next to the library) or builder-offline.js (the release zip's
// classic bundle, data built in, opens from disk).
const $ = (id) => document.getElementById(id);

/** @type {any[]} the widget declarations of the manifest */
let widgets = [];
/** @type {(tag: string) => Promise<any>} */
let schemaOf = async () => null;
const state = { tag: '', attrs: {}, lang: 'en' };

// ---- colours: WCAG 2.x relative luminance and contrast ----
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hex = (c) => '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
const lum = (hexColour) => {
  const [r, g, b] = rgb(hexColour).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a, b) => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** The nearest darker shade of `colour` that reaches `ratio` against `against` (or null). */
const darker = (colour, against, ratio) => {
  for (let f = 0.95; f > 0; f -= 0.05) {
    const shade = hex(rgb(colour).map((v) => v * f));
    if (contrast(shade, against) >= ratio) return shade;
  }
  return null;
};
const onAccent = (accent) => (contrast(accent, '#ffffff') >= contrast(accent, '#000000') ? '#ffffff' : '#000000');

// ---- controls from the manifest ----
const optionsOf = (attr) => {
  const type = attr.type?.text ?? '';
  const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (literals.length) return literals;
  // A named type (Theme, MapViewName): its values are the ones the description names in backticks.
  if (/^[A-Z]\w*$/.test(type)) return [...(attr.description ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).filter((v, i, a) => a.indexOf(v) === i);
  return [];
};
const strip = (v) => (v ?? '').replace(/^'|'$/g, '');

function control(attr) {
  const id = `attr-${attr.name}`;
  const wrap = document.createElement('div');
  wrap.className = 'row';
  const type = attr.type?.text ?? 'string';
  const options = optionsOf(attr);
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attr.name;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.textContent = (attr.description ?? '').replace(/`/g, '');
  let input;
  if (type === 'boolean') {
    input = document.createElement('input');
    input.type = 'checkbox';
    wrap.classList.add('check');
  } else if (options.length) {
    input = document.createElement('select');
    for (const value of ['', ...options]) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = value || `(default${attr.default ? `: ${strip(attr.default)}` : ''})`;
      input.append(o);
    }
  } else {
    input = document.createElement('input');
    input.type = /^number$/.test(type) ? 'number' : 'text';
    input.placeholder = attr.default && !attr.default.startsWith('[') ? strip(attr.default) : '';
  }
  input.id = id;
  input.dataset.attr = attr.name;
  input.setAttribute('aria-describedby', hint.id);
  input.addEventListener(input.type === 'checkbox' ? 'change' : 'input', () => {
    const value = input.type === 'checkbox' ? (input.checked ? '' : null) : input.value.trim() || null;
    if (value === null) delete state.attrs[attr.name];
    else state.attrs[attr.name] = value;
    update();
  });
  if (type === 'boolean') wrap.append(input, label, hint);
  else wrap.append(label, input, hint);
  return wrap;
}

async function chooseWidget(tag) {
  state.tag = tag;
  state.attrs = {};
  const decl = widgets.find((w) => w.tagName === tag);
  $('widget-summary').textContent = decl.summary ?? '';
  $('attribute-controls').replaceChildren(...(decl.attributes ?? []).map(control));
  const schema = await schemaOf(tag).catch(() => null);
  $('config-hint').textContent = schema
    ? `Fields you can set: ${Object.keys(schema.properties ?? {}).join(', ')}. Checked against dist/schema/${tag}.schema.json by the widget itself.`
    : '';
  $('config').value = '';
  update();
}

// ---- snippet and shortcode ----
const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attrText = () => Object.entries(state.attrs).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${esc(v)}"`)).join('');
function brandCss() {
  const accent = $('brand-accent').value;
  const props = { '--pt-accent': accent, '--pt-on-accent': onAccent(accent), '--pt-text': $('brand-text').value, '--pt-surface': $('brand-surface').value };
  const font = $('brand-font').value.trim().replace(/[;{}<>]/g, '');
  if (font) props['--pt-font-family'] = font;
  return props;
}
// JSON inside <script> must not close the script: "<" is written as \u003c.
const safeJson = (text) => text.trim().replace(/</g, '\\u003c');

function snippet() {
  const css = Object.entries(brandCss()).map(([k, v]) => `  ${k}: ${v};`).join('\n');
  const json = $('config').value.trim();
  const body = json ? `\n  <script type="application/json">\n${safeJson(json)}\n  </script>\n` : '';
  return (
    `<script type="module" src="/pt-explainers/pt-explainers.js"></script>\n` +
    `<style>\n${state.tag} {\n${css}\n}\n</style>\n` +
    `<${state.tag}${attrText()}>${body}</${state.tag}>`
  );
}
function shortcode() {
  const attrs = Object.entries(state.attrs).map(([k, v]) => ` ${k}="${v === '' ? 'true' : v.replace(/"/g, '')}"`).join('');
  const json = $('config').value.trim();
  const widget = state.tag.replace(/^pt-/, '');
  return json ? `[pt_explainer widget="${widget}"${attrs}]${safeJson(json)}[/pt_explainer]` : `[pt_explainer widget="${widget}"${attrs} /]`;
}

// ---- contrast report ----
function checkContrast() {
  const { '--pt-accent': accent, '--pt-on-accent': on, '--pt-text': text, '--pt-surface': surface } = brandCss();
  const checks = [
    ['Text on background', text, surface, 4.5, 'brand-text'],
    ['Button text on accent', on, accent, 4.5, 'brand-accent'],
    ['Accent (control borders) on background', accent, surface, 3, 'brand-accent'],
  ];
  const list = document.createElement('ul');
  for (const [what, fg, bg, need, fix] of checks) {
    const ratio = contrast(fg, bg);
    const li = document.createElement('li');
    const ok = ratio >= need;
    li.className = ok ? 'ok' : 'bad';
    li.textContent = `${ok ? 'Passes' : 'Too low'}: ${what} ${ratio.toFixed(2)}:1 (WCAG AA needs ${need}:1).`;
    if (!ok) {
      const base = $(fix).value;
      const shade = fix === 'brand-text' ? darker(base, bg, need) : darker(base, fix === 'brand-accent' && fg === on ? on : surface, need);
      if (shade) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = `Use darker ${shade}`;
        b.addEventListener('click', () => {
          $(fix).value = shade;
          update();
          $(fix).focus();
        });
        li.append(' ', b);
      } else li.append(' Choose a darker or lighter colour.');
    }
    list.append(li);
  }
  $('contrast').replaceChildren(list);
}

// ---- preview: the real widget; its warnings are the config errors ----
let renderToken = 0;
async function preview() {
  const token = ++renderToken;
  const warnings = [];
  const realWarn = console.warn;
  console.warn = (...args) => {
    warnings.push(args.map(String).join(' '));
    realWarn.apply(console, args);
  };
  const els = [];
  try {
    for (const frame of [$('preview-phone'), $('preview-desktop')]) {
      frame.lang = state.lang;
      const el = document.createElement(state.tag);
      for (const [k, v] of Object.entries(state.attrs)) el.setAttribute(k, v);
      for (const [k, v] of Object.entries(brandCss())) el.style.setProperty(k, v);
      const json = $('config').value.trim();
      if (json) {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = json;
        el.append(s);
      }
      frame.replaceChildren(el);
      els.push(el);
    }
    await customElements.whenDefined(state.tag);
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 150)); // the config validator loads lazily
  } finally {
    console.warn = realWarn;
  }
  if (token !== renderToken) return;
  // Both previews print the same messages: show each once.
  const unique = [...new Set(warnings)].filter((w) => w.startsWith(`[${state.tag}]`));
  const box = $('config-errors');
  if (!unique.length) {
    box.className = 'ok';
    box.textContent = $('config').value.trim() ? 'The clinic JSON is valid.' : '';
    $('config').removeAttribute('aria-invalid');
  } else {
    box.className = 'bad';
    const ul = document.createElement('ul');
    for (const w of unique) {
      const li = document.createElement('li');
      li.textContent = w.replace(`[${state.tag}] `, '');
      ul.append(li);
    }
    box.replaceChildren(ul);
    $('config').setAttribute('aria-invalid', 'true');
  }
}

function update() {
  $('snippet').value = snippet();
  $('shortcode').value = shortcode();
  checkContrast();
  void preview();
}

async function copy(id) {
  const text = $(id).value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    $(id).select();
    document.execCommand('copy');
  }
  $('copy-status').textContent = id === 'snippet' ? 'HTML copied.' : 'Shortcode copied.';
}

/**
 * Starts the builder on the current page (demo/builder.html). The widgets must already be defined or be
 * loading. `manifest` is custom-elements.json; `schemaOf(tag)` resolves to the widget's config schema.
 * @param {{ manifest: any, schemaOf: (tag: string) => Promise<any> }} data
 */
export async function startBuilder(data) {
  schemaOf = data.schemaOf;
  widgets = data.manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && d.tagName.startsWith('pt-'));
  state.tag = widgets[0].tagName;
  for (const w of widgets) {
    const o = document.createElement('option');
    o.value = w.tagName;
    o.textContent = w.tagName;
    $('widget').append(o);
  }
  $('widget').addEventListener('change', (e) => chooseWidget(e.target.value));
  for (const id of ['brand-accent', 'brand-text', 'brand-surface', 'brand-font']) $(id).addEventListener('input', update);
  let typing;
  $('config').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(update, 300);
  });
  $('preview-lang').addEventListener('change', (e) => {
    state.lang = e.target.value;
    void preview();
  });
  $('copy-snippet').addEventListener('click', () => copy('snippet'));
  $('copy-shortcode').addEventListener('click', () => copy('shortcode'));
  await chooseWidget(state.tag);
  document.body.dataset.ready = 'true';
}
