import { describe, expect, it } from 'vitest';
import type { GeneratorSample } from '../sampling/generator-sampler.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import { parseCapacitySlo } from './capacity-slo.ts';
import { planCapacitySteps } from './capacity-steps.ts';
import { findKnee, judgeStep, type StepResult } from './judge-steps.ts';

const slo = parseCapacitySlo('p95<=100ms,errors<=1%');

/** A 60 s step starting at `startAt` with `perSecond` requests a second, each taking `ms` (login at 300 ms). */
function stepSamples(startAt: number, perSecond: number, ms: (second: number) => number, failEvery = 0): LatencySample[] {
  const samples: LatencySample[] = [];
  for (let second = 0; second < 60; second += 1) {
    samples.push({ at: startAt + second * 1000, request: 'login', outcome: 'ok', ms: 300 });
    for (let index = 0; index < perSecond; index += 1) {
      const failed = failEvery > 0 && (second * perSecond + index) % failEvery === 0;
      samples.push({ at: startAt + second * 1000 + index, request: 'get-card', outcome: failed ? 'failed' : 'ok', ms: failed ? undefined : ms(second) });
    }
  }
  return samples;
}

function judge(latency: LatencySample[], generator: GeneratorSample[] = [], users = 100): StepResult {
  return judgeStep({ window: { index: 0, name: `${users} users`, startAt: 0, endAt: 60_000 }, users, runStartAt: 0, latency, generator }, slo);
}

describe('capacity objective', () => {
  it('when the objective names percentiles and errors, then each term is read in its unit', () => {
    expect(parseCapacitySlo('p95<=100ms, p99<=1.5s, errors<=0.5%')).toEqual({
      text: 'p95<=100ms, p99<=1.5s, errors<=0.5%',
      latency: [
        { percentile: 95, maxMs: 100 },
        { percentile: 99, maxMs: 1500 },
      ],
      maxErrorPercent: 0.5,
    });
  });

  it('when a term is not understood, then the error shows how to write one', () => {
    expect(() => parseCapacitySlo('p95<100ms')).toThrow(/p95<=100ms/);
    expect(() => parseCapacitySlo('mean<=5ms')).toThrow(/cannot read "mean<=5ms"/);
  });
});

describe('capacity steps', () => {
  it('when steps are planned, then each raises the user cap by the step and fills within its first third', () => {
    const phases = planCapacitySteps({ startUsers: 50, stepUsers: 50, maxUsers: 200, stepSeconds: 60 });

    expect(phases.map((phase) => phase.maxVusers)).toEqual([50, 100, 150, 200]);
    expect(phases.every((phase) => phase.duration === 60 && phase.arrivalRate * 20 >= 50)).toBe(true);
  });
});

describe('judging a step', () => {
  it('when the second half is fast, then the step holds even though its ramp-up half was slow, and login is left out', () => {
    const step = judge(stepSamples(0, 10, (second) => (second < 30 ? 500 : 20)));

    expect(step).toMatchObject({ holds: true, requests: 300, p95Ms: 20, loginP95Ms: 300, errorPercent: 0 });
    expect(step.requestsPerSecond).toBeCloseTo(10, 5);
  });

  it('when p95 or the error rate goes over, then the step breaks and says which', () => {
    expect(judge(stepSamples(0, 10, () => 150))).toMatchObject({ holds: false, reasons: ['p95 150 ms > 100 ms'] });
    expect(judge(stepSamples(0, 10, () => 20, 50)).reasons).toEqual(['errors 2.00% > 1%']);
  });

  it('when the generator saturated or too few requests were made, then the step is not judged either way', () => {
    const saturated = Array.from({ length: 30 }, (_, index) => ({ since: 30_000 + index * 1000, at: 31_000 + index * 1000, cpuPercent: 95 }));

    expect(judge(stepSamples(0, 10, () => 20), saturated)).toMatchObject({ holds: undefined, generatorBound: true });
    expect(judge(stepSamples(0, 0, () => 20))).toMatchObject({ holds: undefined, generatorBound: false });
  });
});

describe('finding the knee', () => {
  const step = (users: number, holds: boolean | undefined, generatorBound = false) => ({ ...judge([]), users, holds, generatorBound, index: users });

  it('when steps hold and then one breaks, then the knee is the last that held, whatever came after', () => {
    expect(findKnee([step(50, true), step(100, true), step(150, false), step(200, true)])).toMatchObject({
      outcome: 'knee',
      knee: { users: 100 },
      breaking: { users: 150 },
    });
  });

  it('when every step holds, the first breaks, or the generator gives out, then the outcome says so', () => {
    expect(findKnee([step(50, true), step(100, true)])).toMatchObject({ outcome: 'held-to-max', knee: { users: 100 } });
    expect(findKnee([step(50, false)])).toMatchObject({ outcome: 'fails-at-first-step', knee: undefined });
    expect(findKnee([step(50, true), step(100, undefined, true)])).toMatchObject({ outcome: 'generator-bound', knee: { users: 50 } });
  });

  it('when a step had too few requests to judge, then the search passes over it', () => {
    expect(findKnee([step(10, undefined), step(20, true), step(30, false)])).toMatchObject({ outcome: 'knee', knee: { users: 20 } });
  });
});
