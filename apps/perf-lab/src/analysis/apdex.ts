export interface ApdexCounts {
  satisfied: number;
  tolerating: number;
  frustrated: number;
}

/** Apdex = (satisfied + tolerating / 2) / all; undefined when nothing was measured. */
export function computeApdex(counts: ApdexCounts): number | undefined {
  const total = counts.satisfied + counts.tolerating + counts.frustrated;
  return total === 0 ? undefined : (counts.satisfied + counts.tolerating / 2) / total;
}
