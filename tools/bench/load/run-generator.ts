import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { isCleaningUp, onCleanup } from '@brisk/shared-util-lab';
import { startCpuSampler } from './cpu-sampler.ts';

export interface GeneratorRun {
  stdout: string;
  /** The generator's own CPU over the run; 1 = one core. */
  cpu: number;
  wallSeconds: number;
}

const active = new Set<number>();
onCleanup('stop load generators', async () => {
  for (const pid of active) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/** Runs a load generator (wrk, or a driver on Node) as its own process and measures its CPU from /proc. */
export function runGenerator(command: string, args: string[], timeoutMs: number): Promise<GeneratorRun> {
  if (isCleaningUp()) return Promise.reject(new Error('the bench is cleaning up'));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid === undefined) {
      // spawn reports why (ENOENT…) in an 'error' event, which must have a listener.
      child.once('error', (error) => reject(new Error(`could not start ${command}: ${error.message}`)));
      return;
    }
    active.add(pid);
    const sampler = startCpuSampler(pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      active.delete(pid);
      sampler.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      active.delete(pid);
      const cpu = sampler.stop();
      if (code !== 0) {
        reject(new Error(`load generator exited with ${signal ?? code}: ${stderr.trim().slice(-2000)}`));
        return;
      }
      resolve({ stdout, cpu, wallSeconds: (performance.now() - started) / 1000 });
    });
  });
}
