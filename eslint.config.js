// @ts-check
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint proves the layering: shared/ is pure, the renderer never touches
 * Electron or Node, the main process never reaches into the renderer, and
 * user-visible text in JSX goes through i18next.
 */
const nodeOnly = [
  {
    group: ['node:*'],
    message: 'Node modules are for electron/, scripts/ and tests/ only.',
  },
];
const electronImports = [
  { name: 'electron', message: 'Only electron/ may import electron.' },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      '.bench/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...electronImports,
            { name: 'react', message: 'shared/ is pure TypeScript.' },
            { name: 'react-dom', message: 'shared/ is pure TypeScript.' },
            { name: 'dexie', message: 'Storage belongs to renderer/db.' },
          ],
          patterns: [
            ...nodeOnly,
            {
              group: [
                '@renderer/*',
                '**/renderer/**',
                '@electron/*',
                '**/electron/**',
              ],
              message: 'shared/ may not import from the processes.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'require',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'react/prop-types': 'off',
      // Visible text goes through t(); only symbols and the brand mark may stand as literals.
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: ['×', '·', 'CP', '—', '%'],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: electronImports,
          patterns: [
            ...nodeOnly,
            {
              group: ['**/electron/**', '@electron/*'],
              message:
                'The renderer talks to main through renderer/platform only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/log.ts', 'electron/main/log.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@renderer/*', '**/renderer/**'],
              message: 'electron/ never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeOnly,
            {
              group: ['@renderer/*', '**/renderer/**', '../main/**'],
              message: 'The preload imports only electron and shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.ts', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
