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
