import { describe, expect, it } from 'vitest';
import { hostCpuPercent } from './host-cpu.ts';

describe('hostCpuPercent', () => {
  it('when half of all CPU time of a 2-core machine was busy, then it is one core: 100%', () => {
    expect(hostCpuPercent({ busy: 1_000, total: 4_000 }, { busy: 1_100, total: 4_200 }, 2)).toBe(100);
  });

  it('when no time passed between readings, then there is no figure', () => {
    expect(hostCpuPercent({ busy: 1, total: 2 }, { busy: 1, total: 2 }, 2)).toBeUndefined();
  });
});
