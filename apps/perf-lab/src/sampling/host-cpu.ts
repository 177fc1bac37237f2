import { readFileSync } from 'node:fs';

export interface HostCpuTimes {
  busy: number;
  total: number;
}

/** The machine's CPU time from /proc/stat (all cores, in clock ticks); undefined where there is no /proc. */
export function readHostCpuTimes(): HostCpuTimes | undefined {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy, total: busy + idle! + iowait! };
  } catch {
    return undefined;
  }
}

/** Busy share between two readings, as percent of one core (200 = both cores of a 2-core machine busy). */
export function hostCpuPercent(previous: HostCpuTimes, current: HostCpuTimes, cores: number): number | undefined {
  const total = current.total - previous.total;
  return total > 0 ? ((current.busy - previous.busy) / total) * 100 * cores : undefined;
}
