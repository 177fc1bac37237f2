import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const lhciCli = createRequire(import.meta.url).resolve('@lhci/cli/src/cli.js');

/**
 * `lhci <command> --config=<rcFile>` in `dir`: lhci keeps its reports in `.lighthouseci` under the folder it runs in,
 * so they stay in the run's folder under tmp/. Output goes to the terminal, or to `logFile`. Resolves with the exit code.
 */
export function runLhci(command: 'collect' | 'assert', dir: string, rcFile: string, logFile?: string): Promise<number> {
  const log = logFile === undefined ? 'inherit' : openSync(logFile, 'w');
  const child = spawn(process.execPath, [lhciCli, command, `--config=${rcFile}`], {
    cwd: dir,
    // lhci starts Lighthouse as `node` from PATH: this makes it the pinned Node this command runs on.
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}` },
    stdio: ['ignore', log, log],
  });
  if (typeof log === 'number') closeSync(log);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
