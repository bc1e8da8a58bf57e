// ESLint (flat config): type-aware typescript-eslint over the TypeScript and the JavaScript, and
// the Lit, web-components and lit-a11y rule sets. `npm run lint` runs it, then dependency-cruiser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

/** Each file's types come from the first of these programs that holds it (see each tsconfig's header). */
const project = ['./tsconfig.json', './tsconfig.node.json', './tsconfig.browser-js.json', './tsconfig.bench.json'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'bench/results*.json'] },
  {
    files: ['**/*.{ts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, lit['flat/recommended'], wc['flat/best-practice'], litA11y.configs.recommended],
    languageOptions: {
      parserOptions: { project, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // TypeScript reports unknown names, and knows each file's globals (Node, DOM, mocha) from
      // its tsconfig; this rule would need them listed again.
      'no-undef': 'off',
      // @open-wc/semantic-dom-diff types chai's equal() as returning a Promise (for
      // `.dom.to.equal`), which would report every synchronous `expect(…).to.equal(…)`.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] }],
      // The code is written for noUncheckedIndexedAccess (a `!` after indexing says "present"),
      // which tsconfig.json does not turn on yet: with it off, each of those reads as unnecessary.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Lit calls template listeners (`@click=${this.onClick}`) with the element as `this`, and
      // the tests save methods (`const realFetch = window.fetch`) to put them back afterwards.
      '@typescript-eslint/unbound-method': 'off',
      // `async` marks what implements an async interface (middleware, a mocked clipboard, a
      // benchmark's run, the CLI's main) even where the body awaits nothing.
      '@typescript-eslint/require-await': 'off',
      // Rejecting with an AbortSignal's reason (typed `any`) is what fetch() does.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
      // The feed layer's errors are FeedError records ({ message, problems }), caught in load.ts.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: 'FeedError' }] }],
      // `_name`: unused on purpose (a parameter a signature requires, a property left out of a rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // JavaScript is checked with noImplicitAny off (tsconfig.node.json, browser-js, bench): its
    // untyped parameters are `any` by design, so every use of one would be reported.
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // CommonJS on purpose: mocha loads its reporters and config with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expression statements.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // A classic script (<script src> in bench/ready-*.html): its functions are the pages' globals.
    files: ['bench/chart-data.js', 'bench/county-feed.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // Not in a program: they import dist/ (see tsconfig.node.json). Linted without types.
    files: ['bin/stat-widgets.mjs', 'scripts/serve.mjs', 'demo/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The WordPress plugin's editor scripts: plain browser JS with no program to type them.
    files: ['wordpress/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
