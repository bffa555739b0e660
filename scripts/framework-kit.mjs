// The framework kit, generated from custom-elements.json at build time (a plugin of `cem analyze`, which
// scripts/build.mjs runs after tsc): JSX IntrinsicElements types for React 19, Preact and Solid, VS Code
// custom HTML data and JetBrains web-types (the analyzer's maintained plugins), and the ./loader types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const HEADER = '// Generated from custom-elements.json by scripts/framework-kit.mjs: do not edit.\n';

/**
 * Where each JSX flavour declares its intrinsic elements, and which generated type it extends. Solid's
 * namespace is declared in solid-js/jsx-runtime (what `jsxImportSource` loads) and only re-exported by
 * solid-js: an augmentation of 'solid-js' alone is seen only in programs that also import solid-js.
 */
const JSX_TARGETS = {
  react: { modules: ['react'], type: 'CustomElements' },
  preact: { modules: ['preact'], type: 'CustomElements' },
  solid: { modules: ['solid-js', 'solid-js/jsx-runtime'], type: 'CustomElementsSolidJs' },
};

/** The small files around the generated JSX types: one augmentation per framework, and loader types. */
function kitFiles(typesDir) {
  return {
    name: 'pt-framework-kit',
    packageLinkPhase() {
      const jsxDir = join(typesDir, 'jsx');
      mkdirSync(jsxDir, { recursive: true });
      for (const [file, { modules, type }] of Object.entries(JSX_TARGETS)) {
        const augment = (module) => `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends ${type} {}\n  }\n}\n`;
        writeFileSync(
          join(jsxDir, `${file}.d.ts`),
          `${HEADER}// Usage: import type {} from 'pt-explainers/jsx/${file}'; (once, anywhere in the app)\n` +
            `import type { ${type} } from './custom-elements.js';\n\n` +
            modules.map(augment).join('\n'),
        );
      }
      // The script-tag loader exports nothing, but loading it defines every tag: give its users the tag map.
      writeFileSync(join(typesDir, 'loader.d.ts'), `${HEADER}import './index.js';\nexport {};\n`);
    },
  };
}

/**
 * The analyzer plugins that make the framework kit.
 * @param {{ outdir?: string }} [options] `outdir` is the build's dist/ folder.
 */
export function frameworkKitPlugins({ outdir = 'dist' } = {}) {
  const typesDir = join(outdir, 'types');
  const hideLogs = true;
  return [
    jsxTypesPlugin({
      outdir: join(typesDir, 'jsx'),
      fileName: 'custom-elements.d.ts',
      // Types come from the declaration files tsc wrote next to this one (dist/types/widgets/...).
      componentTypePath: (_name, _tag, modulePath) => `../${String(modulePath).replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
      stronglyTypedEvents: true,
      exclude: ['PtElement'],
    }),
    customElementVsCodePlugin({ outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs, exclude: ['PtElement'] }),
    customElementJetBrainsPlugin({ outdir, webTypesFileName: 'web-types.json', hideLogs, exclude: ['PtElement'], packageJson: false }),
    kitFiles(typesDir),
  ];
}
