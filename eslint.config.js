// Lint is for bugs (floating promises, unused code) and for the import
// boundaries of STYLE.md, which keep the pure layers testable without a browser.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ENTRY_CONTEXTS = ['content', 'background', 'popup', 'options', 'practice'];
const BROWSER_LAYERS = ['platform', 'storage', 'messaging'];

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Only src/platform/ talks to the browser: import from there.',
};

/** Forbids imports of the named src/ folders from the files matched. */
function boundary(files, folders, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [
            { group: folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]), message },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'artifacts/', 'node_modules/', 'test/fixtures/**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  boundary(
    ['src/flows/**'],
    ['detection', 'progress', ...BROWSER_LAYERS, ...ENTRY_CONTEXTS],
    'flows is data: the other layers read it, never the other way round.',
  ),
  boundary(
    ['src/detection/**', 'src/progress/**'],
    [...BROWSER_LAYERS, ...ENTRY_CONTEXTS],
    'detection and progress are pure: they never touch the browser or the entry contexts.',
  ),
  boundary(
    ['src/guide/**'],
    ENTRY_CONTEXTS,
    'The guide is shared by the content script and the practice court: it imports neither.',
  ),
  ...ENTRY_CONTEXTS.map((context) =>
    boundary(
      [`src/${context}/**`],
      ENTRY_CONTEXTS.filter((other) => other !== context),
      'The entry contexts never import each other: share code through the layers below them.',
    ),
  ),
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
