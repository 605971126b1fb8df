// @vitest-environment node
// Every word the filer reads exists in English and in Spanish, with the same placeholders.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOWS, FLOW_IDS } from '../../src/flows/flows';
import { messageKeys } from '../../src/flows/message-keys';
import { messagesOfStep } from '../flows/step-modules';
import { PAGE_IDS, pageMessageKey } from '../../src/practice/practice-pages';
import { VARIANT_IDS, variantMessageKey } from '../../src/practice/variants';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (language: string) =>
  JSON.parse(
    readFileSync(join(ROOT, 'public/_locales', language, 'messages.json'), 'utf8'),
  ) as Record<string, Message>;
const LANGUAGES = readdirSync(join(ROOT, 'public/_locales'));
const english = read('en');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

/** The message names the flows derive from their ids. */
function flowKeys(): string[] {
  return FLOW_IDS.flatMap((flow) => [
    messageKeys.flowTitle(flow),
    ...FLOWS[flow].steps.flatMap((step) => messagesOfStep(flow, step)),
  ]);
}

/** The practice court's variants, named after their ids. */
function variantKeys(): string[] {
  return VARIANT_IDS.flatMap((id) => [variantMessageKey(id), `${variantMessageKey(id)}_detail`]);
}

function practicePageKeys(): string[] {
  return PAGE_IDS.map(pageMessageKey);
}

/** Literal names passed to t() and the manifest's __MSG_…__ references. */
function literalKeys(): string[] {
  const code = sourceFiles(join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8'));
  const fromCode = code.flatMap((text) =>
    [...text.matchAll(/\bt\(\s*'([\w@]+)'/g)].map((match) => match[1] ?? ''),
  );
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  return fromCode.concat([...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] ?? ''));
}

describe('locales', () => {
  it('has English and Spanish', () => {
    expect(LANGUAGES.sort()).toEqual(['en', 'es']);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has exactly the English messages, with the same placeholders',
    (language) => {
      const other = read(language);
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const [name, entry] of Object.entries(english)) {
        expect(Object.keys(other[name]?.placeholders ?? {}), name).toEqual(
          Object.keys(entry.placeholders ?? {}),
        );
      }
    },
  );

  it.each(LANGUAGES)(
    '%s: every message is written, with valid names and placeholders',
    (language) => {
      for (const [name, entry] of Object.entries(read(language))) {
        expect(name, name).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.trim(), name).not.toBe('');
        for (const [, placeholder] of entry.message.matchAll(/\$(\w+)\$/g)) {
          expect(
            entry.placeholders?.[(placeholder ?? '').toLowerCase()],
            `${name}: $${placeholder}$`,
          ).toBeDefined();
        }
      }
    },
  );

  it('has every message the flows, the variants, the code and the manifest ask for', () => {
    const wanted = [
      ...new Set([...flowKeys(), ...variantKeys(), ...practicePageKeys(), ...literalKeys()]),
    ];
    expect(wanted.length).toBeGreaterThan(80);
    expect(wanted.filter((name) => !(name in english))).toEqual([]);
  });
});
