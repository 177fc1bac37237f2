/**
 * PERFORMANCE.md: the load generator must not be the bottleneck. A run is invalid when Artillery's process sat above 80%
 * of a core for more than 10% of its one-second samples: past that, its own queueing shows up as server latency.
 */
export const generatorCpuLimitPercent = 80;
export const maxShareOverLimit = 0.1;

export interface Validity {
  valid: boolean;
  /** Share (0–1) of the generator's samples above the limit. */
  shareOverLimit: number;
  reasons: string[];
}

export function judgeValidity(generatorCpuPercents: readonly number[]): Validity {
  if (generatorCpuPercents.length === 0) {
    return { valid: false, shareOverLimit: 0, reasons: ['no CPU samples of the load generator: its load is unknown'] };
  }
  const over = generatorCpuPercents.filter((percent) => percent > generatorCpuLimitPercent).length;
  const shareOverLimit = over / generatorCpuPercents.length;
  if (shareOverLimit <= maxShareOverLimit) return { valid: true, shareOverLimit, reasons: [] };
  const share = Math.round(shareOverLimit * 100);
  return {
    valid: false,
    shareOverLimit,
    reasons: [`the load generator was above ${generatorCpuLimitPercent}% CPU for ${share}% of the run (limit ${maxShareOverLimit * 100}%)`],
  };
}
