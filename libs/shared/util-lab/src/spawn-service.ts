import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isCleaningUp, onCleanup } from './cleanup.ts';

export interface Service {
  name: string;
  pid: number;
  logFile: string;
  /** Resolves with the exit code (or signal name) when the process ends, whoever ended it. */
  exited: Promise<number | string>;
  stop(): Promise<void>;
  readLogTail(): string;
}

function waitFor<T>(promise: Promise<T>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
}

/**
 * A long-running child (API, control server) on the pinned Node, its output in a log file of the run. Stopping sends
 * SIGTERM, then SIGKILL after 5 s; every service is stopped by the run's cleanup whatever happens.
 */
export function spawnService(name: string, args: string[], env: NodeJS.ProcessEnv, logDir: string): Service {
  if (isCleaningUp()) throw new Error(`not starting ${name}: cleanup has begun`);
  const logFile = path.join(logDir, `${name}.log`);
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log] });
  closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code ?? 0)));
  let running = true;
  void exited.then(() => (running = false));
  const service: Service = {
    name,
    pid: child.pid,
    logFile,
    exited,
    async stop() {
      if (!running) return;
      child.kill('SIGTERM');
      if (await waitFor(exited, 5_000)) return;
      child.kill('SIGKILL');
      await waitFor(exited, 2_000);
    },
    readLogTail: () => readFileSync(logFile, 'utf8').slice(-3_000),
  };
  onCleanup(`stop ${name}`, () => service.stop());
  return service;
}
