// custom-elements.json is generated from the JSDoc on each component class (never hand-written); the
// framework kit (JSX types, VS Code and JetBrains data) is generated from it by the plugins below.
import { frameworkKitPlugins } from './scripts/framework-kit.mjs';

/** Members marked `@internal` (test hooks, diagnostics) stay out of the public manifest and the docs built from it. */
function dropInternalMembers() {
  return {
    name: 'pt-drop-internal-members',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const internal = new Set(
        node.members.filter((m) => m.name && ts.getJSDocTags(m).some((t) => t.tagName.text === 'internal')).map((m) => m.name.getText()),
      );
      const decl = internal.size ? moduleDoc.declarations?.find((d) => d.name === node.name.getText()) : undefined;
      if (decl?.members) decl.members = decl.members.filter((m) => !internal.has(m.name));
    },
  };
}

// `cem analyze --outdir X` (test/embed/build-dist.mjs builds into its own folder) must reach the kit's
// plugins too, or they would write into the shared dist/.
const cliOutdir = (() => {
  const i = process.argv.indexOf('--outdir');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const outdir = cliOutdir ?? 'dist';

export default {
  globs: ['src/widgets/**/*.component.ts', 'src/core/pt-element.ts'],
  exclude: ['**/*.test.ts', '**/scene/**'],
  outdir,
  litelement: true,
  packagejson: false,
  plugins: [dropInternalMembers(), ...frameworkKitPlugins({ outdir })],
};
