/** Nearest-rank percentile (0–100) of values sorted ascending; undefined when there are none. */
export function percentileOfSorted(sorted: ArrayLike<number>, percent: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** A typed array sorts numerically by default (a plain array would sort as strings) and costs 8 bytes a value. */
export function sortAscending(values: Iterable<number>): Float64Array {
  return Float64Array.from(values).sort();
}
