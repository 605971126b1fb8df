// The 188 district and bankruptcy courts, and the ways a page names one: its
// CM/ECF host, PACER's court code (`pscCourtId`) and PACER's title in
// drop-downs. Generated data lives in courts.json (from courts.csv via
// scripts/import-courts.ts). The content script loads this on every court
// page, where one or two look-ups are all it needs: each map is built on its
// first use, and the search index (the popup's) never on a court page.

import courtsJson from './courts.json';
import { expandCourt, type CourtRow } from './court-rows';
import type { Court } from './types';

export const COURTS: readonly Court[] = Object.freeze(
  (courtsJson as unknown as readonly CourtRow[]).map((row) => Object.freeze(expandCourt(row))),
);

/**
 * PACER writes titles with and without the trailing "Court" (the CSV has
 * "Northern Mariana Islands Bankruptcy") and appends " - NextGen" to courts on
 * NextGen CM/ECF, with whatever dash the page uses.
 */
function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[\p{Pd}\u2212]\s*next\s*gen$/u, '')
    .replace(/ court$/, '');
}

/** Lower-case words of letters and digits, so "U.S." and "u s" compare alike. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function builtOnFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const byId = builtOnFirstUse(() => new Map(COURTS.map((court) => [court.id, court])));
const byCode = builtOnFirstUse(
  () => new Map(COURTS.map((court) => [court.pacerCode.toLowerCase(), court])),
);
const byTitle = builtOnFirstUse(
  () => new Map(COURTS.map((court) => [titleKey(court.pacerTitle), court])),
);

/** Ids as stored (always lower case). */
export function courtById(id: string): Court | undefined {
  return byId().get(id);
}

// No `u` flag: with `i` alone, [a-z] cannot match non-ASCII look-alikes such
// as the Kelvin sign, which toLowerCase() would turn into "k". The trailing
// dot is the same DNS name, so it is the same court.
const ECF_HOST = /^(ecf|ecf-train)\.([a-z]+)\.uscourts\.gov\.?$/i;

/** The court whose CM/ECF site (or its training site) this host is; null for any other host. */
export function courtFromHost(hostname: string): { court: Court; training: boolean } | null {
  const match = ECF_HOST.exec(hostname);
  const court = match?.[2] ? byId().get(match[2].toLowerCase()) : undefined;
  return court ? { court, training: match?.[1]?.toLowerCase() === 'ecf-train' } : null;
}

/** By `pscCourtId`, e.g. `MNDC` or `cacbk`. */
export function courtByPacerCode(code: string): Court | undefined {
  return byCode().get(code.trim().toLowerCase());
}

/** By the title PACER shows, e.g. "Colorado Bankruptcy Court - NextGen". */
export function courtByPacerTitle(title: string): Court | undefined {
  const key = titleKey(title);
  return key === '' ? undefined : byTitle().get(key);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every court's PACER title, longest first, so that the longest name at a place wins. */
const titlePattern = builtOnFirstUse(() => {
  const keys = [...byTitle().keys()].sort((a, b) => b.length - a.length);
  const words = keys.map((key) => escapeRegExp(key).replace(/ /g, '\\s+'));
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(${words.join('|')})(?:\\s+court)?(?![\\p{L}\\p{N}])`,
    'gu',
  );
});

/**
 * The courts whose PACER titles stand in `text` (lower case, as recognition
 * normalises it), as whole words, each once, in order of appearance:
 * "… submitted to the iowa southern district court - nextgen." gives iasd.
 */
export function courtsNamedIn(text: string): Court[] {
  const found = new Map<string, Court>();
  for (const match of text.matchAll(titlePattern())) {
    const court = byTitle().get((match[1] ?? '').replace(/\s+/g, ' '));
    if (court) found.set(court.id, court);
  }
  return [...found.values()];
}

interface SearchEntry {
  readonly court: Court;
  readonly exact: readonly string[];
  readonly prefixed: readonly string[];
  readonly state: string;
  /** Words of the short names people type: id, code, state, PACER title. */
  readonly shortWords: readonly string[];
  /** The long name adds little but "District of …", so it ranks last. */
  readonly nameWords: readonly string[];
}

const searchEntries = builtOnFirstUse((): readonly SearchEntry[] =>
  COURTS.map((court) => ({
    court,
    exact: [court.id, court.pacerCode.toLowerCase(), titleKey(court.pacerTitle)],
    prefixed: [court.id, court.pacerCode.toLowerCase()],
    state: words(court.state).join(' '),
    shortWords: [
      court.id,
      ...words(court.pacerCode),
      ...words(court.state),
      ...words(court.pacerTitle),
    ],
    nameWords: words(court.name),
  })),
);

const everyWordStarts = (query: readonly string[], candidates: readonly string[]): boolean =>
  query.every((q) => candidates.some((word) => word.startsWith(q)));

/** Lower is better; null when the court does not match. */
function rank(entry: SearchEntry, query: readonly string[], raw: string): number | null {
  const joined = query.join(' ');
  if (entry.exact.includes(raw) || entry.exact.includes(joined)) return 0;
  if (entry.prefixed.some((key) => key.startsWith(joined)) || entry.state.startsWith(joined)) {
    return 1;
  }
  if (everyWordStarts(query, entry.shortWords)) return 2;
  if (everyWordStarts(query, [...entry.shortWords, ...entry.nameWords])) return 3;
  return null;
}

/**
 * Courts whose id, PACER code, name, state or PACER title start words with
 * every word of the query: exact id, code or title first, then id, code or
 * state prefixes, then word matches; ties keep the list's order (district
 * before bankruptcy).
 */
export function searchCourts(query: string, limit = 10): Court[] {
  const queryWords = words(query);
  if (queryWords.length === 0 || limit < 1) return [];
  const raw = titleKey(query);
  return searchEntries()
    .flatMap((entry) => {
      const score = rank(entry, queryWords, raw);
      return score === null ? [] : [{ court: entry.court, score }];
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((hit) => hit.court);
}
