import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { workspacePaths } from '../workspace-paths.ts';
import { parsePhaseEvent, type PhaseEvent } from './phase-events.ts';

export interface ArtilleryRun {
  pid: number;
  phaseEvents: PhaseEvent[];
  /** Resolves with Artillery's exit code, or rejects when it had to be stopped at the deadline. */
  finished: Promise<number>;
  stop(): Promise<void>;
}

export interface ArtilleryOptions {
  scriptFile: string;
  reportFile: string;
  logFile: string;
  latencyDir: string;
  deadlineSeconds: number;
  onPhase(event: PhaseEvent): void;
}

/**
 * Artillery in its own process on the pinned Node, never phoning home: telemetry off, and no Artillery Cloud flags.
 * Its console goes to a log file; phase boundaries are read from it as they happen.
 */
export function runArtillery(options: ArtilleryOptions): ArtilleryRun {
  const args = [workspacePaths.artilleryBin, 'run', options.scriptFile, '--output', options.reportFile];
  const env = {
    ...process.env,
    ARTILLERY_DISABLE_TELEMETRY: 'true',
    DO_NOT_TRACK: '1',
    BRISK_PERF_LATENCY_DIR: options.latencyDir,
  };
  const child = spawn(process.execPath, args, { cwd: workspacePaths.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error('could not start Artillery');
  const log = createWriteStream(options.logFile);
  child.stderr.pipe(log, { end: false });
  const phaseEvents: PhaseEvent[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    log.write(`${line}\n`);
    const event = parsePhaseEvent(line, Date.now());
    if (!event) return;
    phaseEvents.push(event);
    options.onPhase(event);
  });
  // 'close', not 'exit': only then has the last line of its output been read and logged.
  const exited = new Promise<number>((resolve) => child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  void exited.then(() => log.end());
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  }, options.deadlineSeconds * 1000);
  const finished = exited.then((code) => {
    clearTimeout(deadline);
    if (timedOut) throw new Error(`Artillery was still running ${options.deadlineSeconds} s after it started, and was stopped`);
    return code;
  });
  return {
    pid: child.pid,
    phaseEvents,
    finished,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
