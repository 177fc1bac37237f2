import { describe, expect, it } from 'vitest';
import { boardRun, controlRun, failedRun } from '../test-support/run-figures-fixture.ts';
import { summarizeBench } from './summarize-bench.ts';

const rounds = [1, 2, 3];

describe('summarizeBench', () => {
  it('when a warm-up run is slower than the rest, then it stays out of the medians', () => {
    const summary = summarizeBench({
      small: [boardRun(0, 100, true), ...rounds.map((round) => boardRun(round, round))],
      large: rounds.map((round) => boardRun(round, 10)),
      control: rounds.map((round) => controlRun(round, 100)),
    });

    const interactive = summary.metrics.find((metric) => metric.id === 'interactive')!;
    expect(interactive.small).toMatchObject({ median: 800, min: 400, max: 1_200, count: 3 });
    expect(interactive.control).toMatchObject({ median: 100, count: 3 });
    expect(summary.measured).toEqual({ small: 3, large: 3, control: 3 });
  });

  it('when ratios are taken, then each pairs the runs of one round', () => {
    const summary = summarizeBench({
      small: rounds.map((round) => boardRun(round, round)),
      large: rounds.map((round) => boardRun(round, 2 * round)),
      control: rounds.map((round) => controlRun(round, 100 * round)),
    });

    const ratio = (id: string) => summary.ratios.find((row) => row.id === id)!.value;
    expect(ratio('interactiveLargeVsSmall')).toMatchObject({ median: 2, min: 2, max: 2 });
    expect(ratio('interactiveVsControl')).toMatchObject({ median: 8, min: 8, max: 8 });
  });

  it('when a run failed, then it is listed and its round pairs with nothing', () => {
    const summary = summarizeBench({
      small: rounds.map((round) => boardRun(round)),
      large: [boardRun(1, 10), failedRun(2, 'no dialog\nstack'), boardRun(3, 10)],
      control: rounds.map((round) => controlRun(round, 100)),
    });

    expect(summary.failures).toEqual([{ page: 'large', round: 2, error: 'no dialog\nstack' }]);
    expect(summary.ratios.find((row) => row.id === 'interactiveVsControl')!.value?.count).toBe(2);
  });

  it('when a metric only exists on the board, then the control column is empty', () => {
    const summary = summarizeBench({ small: [boardRun(1)], large: [boardRun(1, 10)], control: [controlRun(1, 100)] });

    expect(summary.metrics.find((metric) => metric.id === 'dropEvent')!.control).toBeNull();
  });
});
