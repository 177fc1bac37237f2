import { describe, expect, it } from 'vitest';
import { formatProgressLine } from './progress-line.ts';

describe('formatProgressLine', () => {
  it('when a run is under way, then the line shows phase, clock, rate, p95, errors and CPU', () => {
    const line = formatProgressLine({
      scenario: 'peak',
      phase: 'peak',
      elapsedSeconds: 83,
      totalSeconds: 300,
      requestsPerSecond: 35.24,
      p95Ms: 12.345,
      requests: 2_000,
      failed: 3,
      conflicts: 7,
      generatorCpuPercent: 21.6,
      serverCpuPercent: undefined,
    });

    expect(line).toBe('[peak] peak | 01:23/05:00 | 35.2 req/s | p95 12.3 ms | errors 3 (0.15%) | 409s 7 | cpu server – generator 22%');
  });
});
