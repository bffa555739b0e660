// custom-elements.json is generated from the JSDoc on each component class (never hand-written).
export default {
  globs: ['src/widgets/**/*.component.ts', 'src/core/pt-element.ts'],
  exclude: ['**/*.test.ts', '**/scene/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
