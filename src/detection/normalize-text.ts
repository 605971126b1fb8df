import type { TextPattern } from '../flows/types';

/**
 * Court pages differ in case, white space (including non-breaking spaces) and
 * the spacing around slashes ("Admissions / E-File" vs "Admissions/E-File"),
 * so every comparison happens on this form.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim()
    .toLowerCase();
}

/** Tests a pattern against already-normalised text. */
export function matchesText(pattern: TextPattern, normalized: string): boolean {
  if (typeof pattern === 'string') return normalized.includes(pattern);
  if (pattern instanceof RegExp) return pattern.test(normalized);
  return normalized === pattern.exact;
}

export function describePattern(pattern: TextPattern): string {
  if (typeof pattern === 'string') return JSON.stringify(pattern);
  if (pattern instanceof RegExp) return String(pattern);
  return `=${JSON.stringify(pattern.exact)}`;
}

/** For comparing two people's names: punctuation and spacing don't count. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}
