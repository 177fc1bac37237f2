import { slo } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { buildApdexThresholds, buildEnsureConditions } from './ensure-checks.ts';

describe('buildEnsureConditions', () => {
  it('when a request has an objective, then its four checks carry the numbers of slo.ts', () => {
    const conditions = buildEnsureConditions(['get-board'], slo);
    const target = slo.groups['board']!;

    expect(conditions).toHaveLength(4);
    expect(conditions[0]!.expression).toContain(`plugins.metrics-by-endpoint.response_time.get-board.p95 <= ${target.p95Ms}`);
    expect(conditions[1]!.expression).toContain(`get-board.p99 <= ${target.p99Ms}`);
    expect(conditions[2]!.expression).toContain(`* 100 <= ${target.maxErrorPercent}`);
    expect(conditions[3]!.expression).toContain(`>= ${target.minApdex}`);
    expect(conditions.every((condition) => condition.strict)).toBe(true);
  });

  it('when a request was sent too few times for an objective, then its check passes, with judgeSlo\'s minimum counts', () => {
    const [p95, p99, errors, apdex] = buildEnsureConditions(['login'], slo);
    const sent = '(brisk.login.ok + brisk.login.conflict + brisk.login.failed)';

    expect(p95!.expression.startsWith(`${sent} < 20 or `)).toBe(true);
    expect(p99!.expression.startsWith(`${sent} < 100 or `)).toBe(true);
    expect(errors!.expression.startsWith(`${sent} < 1 or `)).toBe(true);
    expect(apdex!.expression.startsWith(`${sent} < 20 or `)).toBe(true);
  });

  it('when a request has no objective, then no check and no apdex threshold is generated for it', () => {
    expect(buildEnsureConditions(['export-board'], slo)).toEqual([]);
    expect(buildApdexThresholds(['export-board', 'search'], slo)).toEqual({ search: slo.groups['search']!.apdexTMs });
  });
});
