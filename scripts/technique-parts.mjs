// Build plugin: the technique widgets' text in a few files per language, each holding only what a page shows.
// The build replaces src/widgets/technique-compare/parts.ts (which in tests and dev imports the whole content)
// with imports of generated modules, made by the same functions (part-data.ts) from the content modules:
//   technique-<locale>-common      UI words, menu names, notes, shared precautions, the references they cite
//   technique-<locale>-card-<id>   the common part and one technique: what a card page fetches, in one file
//   technique-<locale>-compare     the common part and the comparison's default three
//   technique-<locale>-only-<id>   one technique alone (a second card, a technique added to a comparison)
// Each technique comes with its sources and locators and the references only it cites. In the script-tag
// build (cdn) every chunk but the loader is in chunks/: the files are named by a hash of the language's content
// and reached through one template import (a map of hashed names, 22 of them before the bundles, cost every
// page 0.5 kB); the npm build keeps static imports, which an app's bundler can follow.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { transformWithOxc } from 'vite';
import * as en from '../src/content/techniques.ts';
import * as es from '../src/content/es/techniques.ts';
import { footerSources } from '../src/content/sources.ts';
import { DEFAULT_COMPARE } from '../src/widgets/technique-compare/fields.ts';
import { commonPart, techniquePart } from '../src/widgets/technique-compare/part-data.ts';

const PREFIX = 'pt-technique-text:';
const LOCALES = ['en', 'es'];

/** A statement made by content's s(): its cite is the keys of its locators, written once. */
const isStatement = (v) => v && typeof v === 'object' && typeof v.text === 'string' && Array.isArray(v.cite) && v.at && JSON.stringify(v.cite) === JSON.stringify(Object.keys(v.at));

/** JavaScript for `value`, statements as s(text, at). */
export function serialize(value) {
  if (isStatement(value)) return `s(${JSON.stringify(value.text)},${JSON.stringify(value.at)})`;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`).join(',')}}`;
  return JSON.stringify(value);
}

const STATEMENT = 'const s=(text,at)=>({text,cite:Object.keys(at),at});';

/** The file names of one language: what each bundle holds. */
export function bundles(ids) {
  return {
    common: [],
    compare: [...DEFAULT_COMPARE],
    ...Object.fromEntries(ids.map((id) => [`card-${id}`, [id]])),
    ...Object.fromEntries(ids.map((id) => [`only-${id}`, [id]])),
  };
}

/** @param {{ root: string, target: 'cdn' | 'npm' }} options */
export function techniqueParts({ root, target }) {
  const shim = resolve(root, 'src/widgets/technique-compare/parts.ts');
  const modules = { ...en, ...es };
  const format = (id) => footerSources([id])[0];
  const ids = en.TECHNIQUE_IDS;
  const names = Object.keys(bundles(ids));
  const stringsCode = {};
  const hash = {};
  const fileName = (locale, name) => `chunks/technique-${locale}-${name}-${hash[locale]}.js`;
  // Where the generated modules seem to be: src/widgets/technique-compare/text/technique-<locale>-<name>.js.
  const textDir = resolve(root, 'src/widgets/technique-compare/text') + sep;
  const virtualPath = (source) => {
    const [locale, name] = source.slice(PREFIX.length).split(':');
    return `${textDir}technique-${locale}-${name}.js`;
  };

  /** The generated module for one bundle of one language. */
  function code(locale, name) {
    const common = commonPart(locale, modules, format);
    const parts = bundles(ids)[name].map((id) => techniquePart(locale, id, modules, format, common));
    if (name.startsWith('only-')) return `${STATEMENT}\nexport const part=${serialize(parts[0])};`;
    return `${STATEMENT}\n${stringsCode[locale]}\nexport const text={common:{...${serialize(common)},strings},parts:${serialize(parts)}};`;
  }

  return {
    name: 'pt-technique-parts',
    enforce: 'pre',
    async buildStart() {
      for (const locale of LOCALES) {
        const file = resolve(root, `src/widgets/technique-compare/strings-${locale}.ts`);
        const { code: js } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
        // The UI words travel inside each bundle (a shared module would be one more file to fetch).
        stringsCode[locale] = js.replace(/^import\b.*$/gm, '').replace('export const strings', 'const strings');
        hash[locale] = createHash('sha256').update(names.map((n) => code(locale, n)).join('\n')).digest('base64url').slice(0, 8);
        if (target === 'cdn') for (const n of names) this.emitFile({ type: 'chunk', id: `${PREFIX}${locale}:${n}`, fileName: fileName(locale, n) });
      }
    },
    // A path of its own (never on disk) rather than a \0 id, so each file gets a source map of the generated code.
    resolveId: (source) => (source.startsWith(PREFIX) ? virtualPath(source) : null),
    load(id) {
      if (id.split('?')[0] === shim) {
        const pick = `ids.length===1?"card-"+ids[0]:ids.length&&ids.every((i)=>D.includes(i))?"compare":"common"`;
        const head = `const D=${JSON.stringify(DEFAULT_COMPARE)};`;
        if (target === 'cdn') {
          return [
            head,
            `const H=${JSON.stringify(hash)};`,
            `const f=(l,n)=>import(/* @vite-ignore */\`./technique-\${l}-\${n}-\${H[l]}.js\`);`,
            `export const loadText=(l,ids)=>f(l,${pick}).then((m)=>m.text);`,
            'export const loadPart=(l,id)=>f(l,"only-"+id).then((m)=>m.part);',
          ].join('\n');
        }
        const map = `{${LOCALES.map((l) => `${l}:{${names.map((n) => `${JSON.stringify(n)}:()=>import(${JSON.stringify(`${PREFIX}${l}:${n}`)})`).join(',')}}`).join(',')}}`;
        return [head, `const M=${map};`, `export const loadText=(l,ids)=>M[l][${pick}]().then((m)=>m.text);`, 'export const loadPart=(l,id)=>M[l]["only-"+id]().then((m)=>m.part);'].join('\n');
      }
      const m = id.startsWith(textDir) ? /^technique-(en|es)-(.+)\.js$/.exec(id.slice(textDir.length)) : null;
      return m ? code(m[1], m[2]) : null;
    },
  };
}
