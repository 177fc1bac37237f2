import { describe, expect, it } from 'vitest';
import { parseCli } from './parse-cli.ts';

describe('parseCli', () => {
  it('when an endurance run is shortened and pointed at Postgres with Redis, then every option is read', () => {
    expect(parseCli(['run', 'endurance', '--db', 'postgres', '--redis', '--duration=10m'])).toMatchObject({
      command: 'run',
      scenario: 'endurance',
      db: 'postgres',
      redis: true,
      durationSeconds: 600,
      target: undefined,
      seed: { users: 200, boards: 10, cards: 1000 },
    });
  });

  it('when a running deployment is targeted, then only its origin is kept', () => {
    expect(parseCli(['run', 'smoke', '--target', 'https://brisk.example.com/some/path'])).toMatchObject({ target: 'https://brisk.example.com' });
  });

  it('when the scenario is unknown or the duration unreadable, then the error says what is allowed', () => {
    expect(() => parseCli(['run', 'soak'])).toThrow(/smoke, normal, peak, stress, spike, endurance/);
    expect(() => parseCli(['run', 'smoke', '--duration', 'long'])).toThrow(/not a duration/);
  });

  it('when --target is combined with a database choice, then it is refused: perf-lab does not start that API', () => {
    expect(() => parseCli(['run', 'peak', '--target', 'http://10.0.0.5:3000', '--db', 'postgres'])).toThrow(/do not apply/);
  });

  it('when seeding, then the sizes and the destination are read', () => {
    expect(parseCli(['seed', '--users', '50', '--boards', '2', '--cards', '20000', '--data-dir', '/tmp/x'])).toEqual({
      command: 'seed',
      seed: { users: 50, boards: 2, cards: 20_000 },
      databaseUrl: undefined,
      dataDir: '/tmp/x',
    });
  });

  it('when a run is to be slowed for a rehearsal, then the percentage is read with or without its sign', () => {
    expect(parseCli(['run', 'normal', '--slowdown', '30%'])).toMatchObject({ slowdownPercent: 30 });
    expect(parseCli(['run', 'normal', '--slowdown=0'])).toMatchObject({ slowdownPercent: 0 });
    expect(parseCli(['run', 'normal'])).toMatchObject({ slowdownPercent: undefined });
    expect(() => parseCli(['run', 'normal', '--slowdown', 'a lot'])).toThrow(/percentage/);
    expect(() => parseCli(['run', 'normal', '--slowdown', '30%', '--target', 'https://brisk.example.com'])).toThrow(/http targets only/);
  });

  it('when comparing, then every path but the last is the candidate and the last is the baseline', () => {
    expect(parseCli(['compare', 'perf-results/a', 'perf-results/b', 'normal-2m', '--threshold', '25'])).toEqual({
      command: 'compare',
      candidate: ['perf-results/a', 'perf-results/b'],
      baseline: ['normal-2m'],
      thresholdPercent: 25,
    });
    expect(() => parseCli(['compare', 'perf-results/a'])).toThrow(/then a baseline/);
    expect(() => parseCli(['compare', 'a', 'b', '--threshold', '0'])).toThrow(/above 0/);
  });

  it('when saving a baseline, then it needs a file-safe name and at least one run', () => {
    expect(parseCli(['baseline', 'normal-2m', 'perf-results/a'])).toEqual({ command: 'baseline', name: 'normal-2m', runDirs: ['perf-results/a'] });
    expect(() => parseCli(['baseline', '../evil', 'perf-results/a'])).toThrow(/name/);
    expect(() => parseCli(['baseline', 'normal-2m'])).toThrow(/run directories/);
  });

  it('when capacity is asked for, then the objective and the steps are read, with defaults for what is left out', () => {
    expect(parseCli(['capacity', '--slo', 'p95<=100ms,errors<=1%', '--max-users', '400', '--step', '45s', '--db', 'postgres'])).toMatchObject({
      command: 'capacity',
      db: 'postgres',
      slo: { latency: [{ percentile: 95, maxMs: 100 }], maxErrorPercent: 1 },
      steps: { startUsers: 50, stepUsers: 50, maxUsers: 400, stepSeconds: 45 },
    });
    expect(() => parseCli(['capacity', '--start-users', '100', '--max-users', '50'])).toThrow(/at least --start-users/);
    expect(() => parseCli(['capacity', '--step', '5s'])).toThrow(/capacity steps/);
    expect(() => parseCli(['capacity', '--slowdown', '30%'])).toThrow(/no --slowdown/);
  });
});
