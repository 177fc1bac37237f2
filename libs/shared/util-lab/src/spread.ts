export interface Spread {
  median: number;
  min: number;
  max: number;
  /** First and third quartiles (linear interpolation), for the interquartile range. */
  q1: number;
  q3: number;
  count: number;
}

/** A spread whose interquartile range exceeds this share of its median is noisy: rerun, don't publish. */
export const noisyRelativeIqr = 0.15;

/** The `fraction` quantile (0–1) of values sorted ascending, interpolated linearly between neighbours. */
export function quantile(sorted: number[], fraction: number): number {
  const position = (sorted.length - 1) * fraction;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function spreadOf(values: number[]): Spread | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted.at(-1)!,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    count: sorted.length,
  };
}

/** `scale` defaults to the median; a difference close to zero is better judged against its target. */
export function isNoisy(spread: Spread | null, scale = Math.abs(spread?.median ?? 0)): boolean {
  if (!spread || scale === 0) return false;
  return (spread.q3 - spread.q1) / scale > noisyRelativeIqr;
}
