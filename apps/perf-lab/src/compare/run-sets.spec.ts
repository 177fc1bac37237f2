import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../cli/exit-codes.ts';
import { runFiles } from '../run/run-files.ts';
import { writeRunOutputs } from '../run/write-run-outputs.ts';
import { compareCommand } from './compare-command.ts';
import { readRunSet, saveBaseline } from './run-sets.ts';

// A real smoke run, trimmed (see test-support/smoke-run), copied three times as if run three times.
const fixtureDir = fileURLToPath(new URL('../test-support/smoke-run/', import.meta.url));
let scratch: string;
let runDirs: string[];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'perf-lab-run-sets-'));
  runDirs = await Promise.all(
    [1, 2, 3].map(async (index) => {
      const runDir = path.join(scratch, `run-${index}`);
      await cp(fixtureDir, runDir, { recursive: true });
      await writeRunOutputs(runDir);
      return runDir;
    }),
  );
});

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('baselines and run sets', () => {
  it('when runs are saved as a baseline, then it keeps each run, its command and the machine, and reads back as one side', async () => {
    const file = await saveBaseline('smoke-test', runDirs, { directory: scratch, now: new Date('2026-11-21T12:00:00Z') });
    const saved = JSON.parse(await readFile(file, 'utf8')) as { machine: { cores: number }; runs: { command: string[] }[]; target: { origin: string } };
    const set = await readRunSet([file]);

    expect(path.basename(file)).toBe('smoke-test.json');
    expect(saved.machine.cores).toBeGreaterThan(0);
    expect(saved.runs[0]!.command).toContain('smoke');
    expect(saved.target.origin).toBe('started by perf-lab');
    expect(set).toMatchObject({ scenario: 'smoke', label: 'baseline smoke-test (3 runs, 2026-11-21)', invalidRuns: [] });
    expect(set.runs).toHaveLength(3);
    expect(Object.keys(set.runs[0]!.endpoints)).toContain('login');
  });

  it('when a run was invalid, then it cannot become a baseline', async () => {
    const runDir = path.join(scratch, 'invalid');
    await cp(runDirs[0]!, runDir, { recursive: true });
    const summary = JSON.parse(await readFile(runFiles(runDir).summary, 'utf8')) as Record<string, unknown>;
    await writeFile(runFiles(runDir).summary, JSON.stringify({ ...summary, valid: false, verdict: 'invalid', invalidReasons: ['saturated'] }));

    await expect(saveBaseline('broken', [runDirs[0]!, runDir], { directory: scratch })).rejects.toThrow(/invalid runs cannot be a baseline/);
  });

  it('when a path is neither a run nor a baseline, then the error names it', async () => {
    await expect(readRunSet([path.join(scratch, 'nothing-here')])).rejects.toThrow(/neither a run directory nor a baseline/);
  });

  it('when the same runs are compared with themselves, then compare passes and prints a row per request', async () => {
    const lines: string[] = [];

    const code = await compareCommand({ command: 'compare', candidate: runDirs, baseline: [runDirs[0]!], thresholdPercent: 20 }, (printed) => lines.push(...printed));

    expect(code).toBe(exitCodes.pass);
    expect(lines.some((line) => line.trimStart().startsWith('login'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^no regression of 20% or more/);
  });
});
