// A damaged value too large to set aside whole. Everything this extension
// stores for all 188 courts (each with its longest status and a guide setting)
// is about 75 KB of JSON; set-aside-bounds.test.ts checks it stays under a
// third of the limit. A value past 256 KB is therefore no filer's data but a
// runaway write: its size and first characters are enough to diagnose it, and
// keeping it whole would let it fill storage.local (10 MB in Chrome) until
// every save fails. Set-aside entries accumulate until the filer discards
// them, so each must stay small.

import { cut } from './brief-text';

/** Serialised size, in UTF-8 bytes as the browser counts storage, above which a value is summarised. */
export const MAX_KEPT_BYTES = 256 * 1024;

/** How much of the value's JSON the summary keeps. */
const SUMMARY_START_LENGTH = 200;

/** Said plainly in the entry, for whoever reads the downloaded copy. */
const TOO_LARGE_NOTE = 'too large to keep: only its size and first characters were kept';

export const VALUE_TYPES = ['string', 'number', 'boolean', 'null', 'array', 'object'] as const;

export interface ValueSummary {
  readonly note: string;
  /** The value's JSON, in UTF-8 bytes. */
  readonly bytes: number;
  readonly type: (typeof VALUE_TYPES)[number];
  /** The first SUMMARY_START_LENGTH characters of its JSON. */
  readonly start: string;
}

/** The value itself when it is small enough to keep, else its summary. */
export function keepOrSummarise(
  value: unknown,
): { readonly value: unknown } | { readonly tooLargeToKeep: ValueSummary } {
  const json = JSON.stringify(value) ?? 'null';
  // At most three UTF-8 bytes per UTF-16 unit: most values are judged without counting.
  if (json.length <= MAX_KEPT_BYTES / 3) return { value };
  const bytes = new TextEncoder().encode(json).byteLength;
  if (bytes <= MAX_KEPT_BYTES) return { value };
  return {
    tooLargeToKeep: {
      note: TOO_LARGE_NOTE,
      bytes,
      type: typeOf(value),
      start: cut(json, SUMMARY_START_LENGTH),
    },
  };
}

function typeOf(value: unknown): ValueSummary['type'] {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}
