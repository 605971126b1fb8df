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

const FLOWS_ARE_DATA = {
  folders: ['detection', 'progress', 'guide', 'ui', ...BROWSER_LAYERS, ...ENTRY_CONTEXTS],
  message: 'flows is data: the other layers read it, never the other way round.',
};

/** The restricted-import pattern for the named src/ folders. */
function folderPattern(folders, message) {
  return { group: folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]), message };
}

/** Forbids imports of the named src/ folders (and of test/, harness/ and scripts/) from the files matched. */
function boundary(files, folders, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [NOT_FROM_TEST, NOT_FROM_TOOLS, folderPattern(folders, message)],
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
  boundary(['src/flows/**'], FLOWS_ARE_DATA.folders, FLOWS_ARE_DATA.message),
  boundary(
    ['src/detection/**'],
    ['progress', 'guide', 'ui', ...BROWSER_LAYERS, ...ENTRY_CONTEXTS],
    'detection alone decides what a page is and proves, from flows/ and the page: ' +
      'progress and the guide read its facts, it reads nothing of theirs, and it never touches the browser.',
  ),
  boundary(
    ['src/progress/**'],
    ['guide', 'ui', ...BROWSER_LAYERS, ...ENTRY_CONTEXTS],
    'progress is pure: the background and the practice court use it, it uses neither, nor the browser.',
  ),
  {
    // Each step is whole in its own module (docs/ARCHITECTURE.md, how to add a step).
    files: ['src/flows/steps/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [
            NOT_FROM_TEST,
            NOT_FROM_TOOLS,
            folderPattern(FLOWS_ARE_DATA.folders, FLOWS_ARE_DATA.message),
            {
              group: ['./*', '../*/*', '!../../*', '../../steps/**', '../../*-flow'],
              message:
                'A step module imports the shared patterns and types of flows/, never another step or a flow.',
            },
          ],
        },
      ],
    },
  },
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
  boundary(
    ['src/storage/**'],
    ['detection', 'messaging', 'guide', 'ui', ...ENTRY_CONTEXTS],
    'storage keeps the stored layout: the layers above read and write through it, it reads none of them.',
  ),
  boundary(
    ['src/messaging/**'],
    ['guide', 'ui', ...ENTRY_CONTEXTS],
    'messaging carries the layers below between the contexts; it never imports the guide, ui or a context.',
  ),
  boundary(
    ['src/ui/**'],
    ['guide', 'messaging', ...ENTRY_CONTEXTS],
    'ui holds components the contexts and the overlay share: it imports neither them nor messaging.',
  ),
  {
    // The one place that talks to the browser (so the polyfill is allowed), and it knows nothing of ours.
    files: ['src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_FROM_TEST,
            NOT_FROM_TOOLS,
            folderPattern(
              [
                'flows',
                'detection',
                'progress',
                'storage',
                'messaging',
                'guide',
                'ui',
                ...ENTRY_CONTEXTS,
              ],
              'platform wraps the browser for the rest: it imports nothing of ours.',
            ),
          ],
        },
      ],
    },
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
