export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The entry with the largest `ms`; the list must not be empty. */
export function slowest<T extends { readonly ms: number }>(entries: readonly T[]): T {
  return entries.reduce((worst, entry) => (entry.ms > worst.ms ? entry : worst));
}

/**
 * The median of all `values` with a 95 % interval, by resampling the groups
 * (the pages) with replacement: loads of one page are alike, so it is pages,
 * not loads, that are drawn. Seeded, so the same loads give the same interval.
 */
export function medianWithInterval(
  groups: readonly (readonly number[])[],
  resamples = 2_000,
): { readonly median: number; readonly low: number; readonly high: number } {
  const random = seededRandom(16);
  const medians = Array.from({ length: resamples }, () =>
    median(groups.flatMap(() => groups[Math.floor(random() * groups.length)] ?? [])),
  ).sort((a, b) => a - b);
  const at = (share: number) => medians[Math.floor(share * (resamples - 1))] ?? Number.NaN;
  return { median: median(groups.flat()), low: at(0.025), high: at(0.975) };
}

/** mulberry32: a small, well-spread generator; Math.random cannot be seeded. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
