import { describe, expect, it } from 'vitest';
import { boardRun, controlRun } from '../test-support/run-figures-fixture.ts';
import { judgeTargets } from './judge-targets.ts';
import { summarizeBench } from './summarize-bench.ts';

const verdictOf = (verdicts: ReturnType<typeof judgeTargets>, start: string) =>
  verdicts.find((verdict) => verdict.target.startsWith(start))!;

describe('judgeTargets', () => {
  it('when the 5,000-card board is within every target, then every verdict passes', () => {
    const verdicts = judgeTargets(
      summarizeBench({ small: [boardRun(1)], large: [boardRun(1, 1.2)], control: [controlRun(1, 100)] }),
    );

    expect(verdicts.map((verdict) => verdict.verdict)).toEqual(Array(8).fill('pass'));
  });

  it('when events, heap, long tasks and load grow with the board, then those targets miss with their figures', () => {
    const verdicts = judgeTargets(
      summarizeBench({ small: [boardRun(1)], large: [boardRun(1, 4)], control: [controlRun(1, 100)] }),
    );

    expect(verdictOf(verdicts, 'Keyboard')).toMatchObject({ verdict: 'pass', figure: '96' });
    expect(verdictOf(verdicts, 'Dialog')).toMatchObject({ verdict: 'miss', figure: '224' });
    expect(verdictOf(verdicts, 'No long task (> 50 ms) while dragging')).toMatchObject({ verdict: 'miss', figure: '1' });
    expect(verdictOf(verdicts, 'JS heap')).toMatchObject({ verdict: 'miss', figure: '40.0' });
    expect(verdictOf(verdicts, 'Interactive')).toMatchObject({ verdict: 'miss', figure: '4.00×' });
  });

  it('when the 5,000-card board measured nothing, then there is no verdict rather than a pass', () => {
    const verdicts = judgeTargets(summarizeBench({ small: [boardRun(1)], large: [], control: [controlRun(1, 100)] }));

    expect(new Set(verdicts.map((verdict) => verdict.verdict))).toEqual(new Set(['no data']));
  });
});
