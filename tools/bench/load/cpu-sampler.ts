import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

function readClockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
const clockTicksPerSecond = readClockTicksPerSecond();

/** utime + stime of every thread of `pid`, in clock ticks; undefined once the process is gone. */
function readCpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

export interface CpuSampler {
  /** CPU time over wall time between the first and the last sample; 1 = one core busy throughout. */
  stop(): number;
}

/** Samples /proc/<pid>/stat periodically: once the process exits its counters are gone, so the last sample is kept. */
export function startCpuSampler(pid: number, intervalMs = 200): CpuSampler {
  const first = { ticks: readCpuTicks(pid) ?? 0, at: performance.now() };
  let last = first;
  const sample = () => {
    const ticks = readCpuTicks(pid);
    if (ticks !== undefined) last = { ticks, at: performance.now() };
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const seconds = (last.at - first.at) / 1000;
      return seconds > 0 ? (last.ticks - first.ticks) / clockTicksPerSecond / seconds : Number.NaN;
    },
  };
}
