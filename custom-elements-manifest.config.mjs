// custom-elements.json is generated from the JSDoc on each component class (never hand-written); the
// framework kit (JSX types, VS Code and JetBrains data) is generated from it by the plugins below.
import { frameworkKitPlugins } from './scripts/framework-kit.mjs';

export default {
  globs: ['src/widgets/**/*.component.ts', 'src/core/pt-element.ts'],
  exclude: ['**/*.test.ts', '**/scene/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: frameworkKitPlugins({ outdir: 'dist' }),
};
