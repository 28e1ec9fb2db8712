import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports point one way: ui -> store -> scenario -> terminal -> shell -> sim -> nothing. */
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/react', '@xterm/*'];
const layer = (name, forbidden) => ({
  files: [`src/${name}/**/*.ts`, `src/${name}/**/*.tsx`],
  // Tests may build whole worlds from scenarios; the layering is about production code.
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: uiLibraries, message: `src/${name} is pure: no UI libraries.` },
          ...forbidden.map((dir) => ({
            group: [`**/${dir}/*`, `**/${dir}`],
            message: `src/${name} must not import src/${dir} (see STYLE.md: ui -> store -> (shell, sim), shell -> sim).`,
          })),
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use the injected seeded generator.' },
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use the injected clock.' },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'test-results-*', 'playwright-report', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.tsx', 'src/ui/**/*.ts'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
  layer('sim', ['shell', 'terminal', 'scenario', 'store', 'ui', 'lessons', 'i18n']),
  layer('shell', ['terminal', 'scenario', 'store', 'ui', 'lessons']),
  layer('terminal', ['scenario', 'store', 'ui', 'lessons']),
  layer('scenario', ['store', 'ui']),
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/*', '**/ui'], message: 'store must not import ui.' }] }],
    },
  },
);
