// ESLint for the whole repository: typescript-eslint with type information (through
// TypeScript 6's compiler API, see README "How it is built"), the React hooks rules, and
// eslint-config-prettier last so that formatting is Prettier's business alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['assets/', 'dist/', 'coverage/', 'standin/.build/', 'e2e/.artifacts/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    rules: {
      // A number in a message is the common case and prints as expected; other types still need a conversion.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => setState(x)` as an arrow shorthand is plain React; void in other positions is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a deliberately unused name (a rest sibling left out, a signature's parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests index fixtures they just built (noUncheckedIndexedAccess makes that `T | undefined`):
    // a wrong `!` there fails the test loudly, which is what a test is for.
    // Tests also read wire JSON (responses, the OpenAPI file, manifests) to assert on it: a
    // wrong field there fails the test, so `any` from JSON.parse may flow; declaring `any`
    // itself (no-explicit-any) still needs a visible, explained exception. Fakes stand in
    // for async interfaces (sleep, request) without awaiting anything, and tests pass a
    // store's methods around to spy on them.
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'src/test/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // This file and any other plain JavaScript is outside tsconfig.json: no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
