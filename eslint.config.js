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

// Every no-restricted-imports entry below repeats this: a later entry for the
// same file replaces an earlier one's options rather than adding to them.
const NOT_FROM_TEST = {
  group: ['**/test', '**/test/**'],
  message:
    "test/ is the tests' own: the extension, the scripts and harness/ never import from it. " +
    'Code that scripts/ shares with the tests lives in harness/.',
};

// The extension ships src/ alone: the bench's and the tests' rig is not part of it.
const NOT_FROM_TOOLS = {
  group: ['**/harness', '**/harness/**', '**/scripts', '**/scripts/**'],
  message: 'src/ is the extension: it never imports harness/ or scripts/.',
};

/** Forbids imports of the named src/ folders (and of test/, harness/ and scripts/) from the files matched. */
function boundary(files, folders, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [
            NOT_FROM_TEST,
            NOT_FROM_TOOLS,
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
  {
    files: ['scripts/**', 'harness/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [POLYFILL], patterns: [NOT_FROM_TEST] }] },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [POLYFILL], patterns: [NOT_FROM_TEST, NOT_FROM_TOOLS] },
      ],
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
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_FROM_TEST, NOT_FROM_TOOLS] }] },
  },
  {
    files: ['scripts/**', 'harness/**', 'test/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
