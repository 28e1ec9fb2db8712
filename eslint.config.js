import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';

/**
 * Imports point one way, as an allow-list: each folder of src names the folders it may import
 * (itself always). ui -> store -> scenario -> terminal -> shell -> sim -> nothing; i18n and lessons
 * beside them; src/testing and src/cli are for tests and tools, out of every layer's reach.
 */
const allowed = {
  sim: [],
  shell: ['sim', 'i18n'],
  terminal: ['shell', 'sim', 'i18n'],
  scenario: ['terminal', 'shell', 'sim'],
  store: ['scenario', 'terminal', 'shell', 'sim', 'i18n', 'lessons'],
  i18n: ['sim'],
  lessons: ['sim', 'i18n'],
};
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/react', '@xterm/*'];

/**
 * `layers/allowed-imports`: a relative import from src/<layer> may reach only src/<layer> and the folders it
 * allows, and no production file imports a test fixture.
 */
const layersPlugin = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = context.filename.replace(/\\/g, '/');
        const at = file.lastIndexOf('/src/');
        if (at < 0) return {};
        const [from] = file.slice(at + 5).split('/');
        const may = allowed[from];
        const isFixture = (p) => /(^|\/)(fixtures|fixtureWorlds|testSession)(\.ts)?$/.test(p);
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          // Fixtures (test worlds and sessions) are for tests, src/testing and other fixtures only.
          if (isFixture(spec) && from !== 'testing' && !isFixture(file)) {
            context.report({ node: node.source, message: `${spec} is a test fixture: only tests, src/testing and other fixtures import it.` });
          }
          if (!may) return;
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.slice(at + 1)), spec));
          if (!target.startsWith('src/')) return;
          const [to] = target.slice(4).split('/');
          if (to === from || may.includes(to) || to === target.slice(4)) return;
          const list = may.length === 0 ? 'nothing outside itself' : may.map((m) => `src/${m}`).join(', ');
          context.report({ node: node.source, message: `src/${from} may import ${list}, not src/${to} (layers in eslint.config.js).` });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

/** What src/sim and src/shell may not touch: time, randomness, the page. Time and randomness live in the world. */
const browserGlobals = ['window', 'document', 'performance', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'crypto', 'Date', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'location'].map(
  (name) => ({ name, message: `src/sim and src/shell are pure: no ${name} (time and randomness come from the world; dates through src/sim/calendar.ts).` }),
);

/** Production code of a layer: tests may build whole worlds from scenarios. */
const layerFiles = (name) => ({ files: [`src/${name}/**/*.ts`, `src/${name}/**/*.tsx`], ignores: ['**/*.test.ts', '**/*.test.tsx'] });
const pure = (name) => ({
  ...layerFiles(name),
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: uiLibraries, message: `src/${name} is pure: no UI libraries.` }] }],
    'no-restricted-globals': ['error', ...browserGlobals],
    'no-restricted-syntax': [
      'error',
      { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use the injected seeded generator.' },
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
  { files: ['src/**/*.ts', 'src/**/*.tsx'], ignores: ['**/*.test.ts', '**/*.test.tsx'], plugins: { layers: layersPlugin }, rules: { 'layers/allowed-imports': 'error' } },
  pure('sim'),
  pure('shell'),
  ...['terminal', 'scenario', 'store'].map((name) => ({
    ...layerFiles(name),
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: uiLibraries.filter((l) => !(name === 'store' && l.startsWith('zustand'))), message: `src/${name} has no UI libraries.` }] }] },
  })),
);
