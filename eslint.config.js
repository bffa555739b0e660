// ESLint: typescript-eslint, eslint-plugin-lit and eslint-plugin-wc over the library, stories and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'bench/.dist/', 'bench/assets/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Clinic text must stay text; style strings break strict CSP (house rules 3 and "text, never HTML").
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render clinic text as text, never HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render clinic text as text, never HTML.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Clinic text must stay text.' }] }],
    },
  },
  {
    // The house's layering (docs/architecture.md): core knows no widget and no content; content is data.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Clinic text must stay text.' }],
          patterns: [{ group: ['**/widgets/**', '**/content/**'], message: 'core/ never imports from widgets/ or content/.' }],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', disallowTypeAnnotations: false }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/widgets/**', '**/core/**'], allowTypeImports: true, message: 'content/ imports nothing but types.' }] }],
    },
  },
  {
    // One way to make updateComplete wait: PtElement.waitFor(); one way to load lazy text: LocaleTextController.
    files: ['src/widgets/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render clinic text as text, never HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render clinic text as text, never HTML.' },
        { selector: "MethodDefinition[key.name='getUpdateComplete']", message: 'Make updateComplete wait with this.waitFor(promise) (core/pt-element.ts).' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs', 'bench/**/*.mjs', 'scripts/**/*.mjs', '*.mjs', '*.js', '.storybook/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node scripts that also hand functions to the browser (page.evaluate), and pages' helper scripts.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // Some of these files declare their browser globals in /* global */ comments as well.
    rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
);
