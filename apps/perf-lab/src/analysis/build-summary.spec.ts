import { fileURLToPath } from 'node:url';
import { slo, SloSchema } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { loadRunData } from '../run/load-run-data.ts';
import { buildSummary } from './build-summary.ts';
import { countOf } from './latency-histogram.ts';
import { SummarySchema } from './summary-schema.ts';

// A real smoke run, trimmed (see test-support/smoke-run): Artillery's report, the processor's latency lines, samples.
const fixtureDir = fileURLToPath(new URL('../test-support/smoke-run/', import.meta.url));

describe('buildSummary (smoke run fixture)', () => {
  it('when a clean smoke run is summarized, then each request carries Artillery figures and the run passes', async () => {
    const data = await loadRunData(fixtureDir);

    const summary = SummarySchema.parse(buildSummary(data));
    const login = summary.endpoints.find((stats) => stats.request === 'login')!;

    expect(summary.endpoints.map((stats) => stats.request)).toEqual([
      'create-card',
      'get-board',
      'get-card',
      'list-boards',
      'login',
      'move-card',
      'search',
      'update-card',
    ]);
    expect(login).toMatchObject({ requests: 20, failed: 0, conflicts: 0, p95Ms: 308, group: 'auth', apdex: 1 });
    expect(countOf(login.histogram)).toBe(20);
    expect(summary.load).toMatchObject({ requests: data.latency.length, vusersCreated: 20, vusersFailed: 0 });
    expect(summary).toMatchObject({ verdict: 'pass', valid: true, invalidReasons: [], endurance: null });
  });

  it('when the generator sat above 80% CPU for a fifth of the load, then the run is invalid and says so', async () => {
    const data = await loadRunData(fixtureDir);
    const saturated = data.generator.map((sample, index) => (index % 5 === 0 ? { ...sample, cpuPercent: 95 } : sample));

    const summary = buildSummary({ ...data, generator: saturated });

    expect(summary.verdict).toBe('invalid');
    expect(summary.invalidReasons.join()).toMatch(/above 80% CPU/);
  });

  it('when an objective is tighter than what was measured, then the run is an SLO breach on that request', async () => {
    const data = await loadRunData(fixtureDir);
    const strict = SloSchema.parse({ ...slo, groups: { ...slo.groups, auth: { ...slo.groups['auth']!, p95Ms: 100 } } });

    const summary = buildSummary({ ...data, objectives: strict });
    const failed = summary.slo.verdicts.filter((verdict) => !verdict.passed);

    expect(summary.verdict).toBe('slo-breach');
    expect(failed.map((verdict) => `${verdict.request} ${verdict.objective}`)).toEqual(['login p95']);
  });

  it('when the phase windows are built, then the smoke phase holds the requests sent while it ran', async () => {
    const data = await loadRunData(fixtureDir);

    const [phase] = buildSummary(data).phases;

    expect(phase!.name).toBe('smoke');
    expect(phase!.all.requests).toBeGreaterThan(0);
    expect(phase!.all.requests).toBeLessThan(data.latency.length);
  });
});
