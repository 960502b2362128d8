// Lint rules: ESLint's and typescript-eslint's recommended sets, over the code, its tests, benchmarks and scripts.
// Formatting is prettier's (.prettierrc.json), so no stylistic rule lives here. `npm test` runs both
// (test/guards.test.ts); `npm run lint` runs them alone.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'lib/',
      'dist/',
      'node_modules/',
      'test-results/',
      'bench/.corpus/',
      '**/*.tmp.*',
      'pipeline/types/records.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks what is left out on purpose: an unused argument, or a field dropped by a rest.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['pipeline/site/app.ts'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
);
