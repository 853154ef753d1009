import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Imports run one way (HOUSE_STYLE.md): shared (src/lib, src/content, src/ui) → features → app
// (src/app, src/boot, the entries). A feature never imports another feature; what two share moves
// down into src/lib or src/ui.
const features = readdirSync(new URL('./src/features', import.meta.url)).filter((name) => !name.includes('.'));
const app = ['./src/app', './src/boot', './src/sw', './src/main.tsx', './src/entry-server.tsx'];
const zones = [
  { target: './src/lib', from: ['./src/content', './src/ui', './src/features', ...app], message: 'src/lib is the bottom layer: it imports nothing of the app.' },
  { target: './src/content', from: ['./src/ui', './src/features', ...app], message: 'The content schema is shared: it imports only src/lib.' },
  { target: './src/ui', from: ['./src/features', ...app], message: 'Shared UI imports only shared modules.' },
  { target: './src/features', from: app, message: 'Features do not import the app: the app composes them.' },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature does not import another feature: move what both need into src/lib or src/ui.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'test-results', 'playwright-report', '.bench', '.deploy', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      'no-restricted-properties': ['error', { property: 'dangerouslySetInnerHTML', message: 'Content is rendered as text (issue #10).' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Content is rendered as text (issue #10).' },
        { selector: "JSXAttribute[name.name='style']", message: 'Inline styles are blocked by the CSP: use a CSS module.' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // Pure logic: no React, no DOM (HOUSE_STYLE.md).
    files: ['src/lib/**/*.ts', 'src/features/*/lib/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', '*.tsx'], message: 'Pure modules must not import React or components.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    // Tests build hostile and broken inputs on purpose.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
