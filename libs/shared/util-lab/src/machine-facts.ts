import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineFacts {
  date: string;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  /** 1-minute load average when the run started and ended: how busy the shared machine was besides the bench. */
  loadAverage: { start: number; end?: number };
  commit: string;
}

function readCommit(repoRoot: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

export function readMachineFacts(repoRoot: string): MachineFacts {
  return {
    date: new Date().toISOString(),
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: { start: os.loadavg()[0]! },
    commit: readCommit(repoRoot),
  };
}
