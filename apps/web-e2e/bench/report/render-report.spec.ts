import { describe, expect, it } from 'vitest';
import { boardRun, controlRun, failedRun } from '../test-support/run-figures-fixture.ts';
import { judgeTargets } from './judge-targets.ts';
import { renderReport } from './render-report.ts';
import { summarizeBench } from './summarize-bench.ts';

const machine = {
  date: '2026-11-22T10:00:00.000Z',
  cores: 2,
  cpuModel: 'AMD EPYC',
  memoryGiB: 24,
  os: 'Linux 6.1',
  node: 'v24.21.0',
  loadAverage: { start: 1.2, end: 1.4 },
  commit: 'abc1234',
  chromium: '156.0.8078.114',
};

function render(large = [boardRun(1, 2), boardRun(2, 3)]) {
  const summary = summarizeBench({
    small: [boardRun(1), boardRun(2)],
    large,
    control: [controlRun(1, 100), controlRun(2, 100)],
  });
  return renderReport({
    command: 'npx nx run web-e2e:bench',
    machine,
    runs: 2,
    viewport: { width: 1280, height: 800 },
    summary,
    verdicts: judgeTargets(summary),
  });
}

describe('renderReport', () => {
  it('when runs were measured, then each metric is a row of median (min–max) for the two boards and the control', () => {
    const report = render();

    expect(report).toContain('| Navigation → interactive (control: every card in the DOM) | 400 (400–400) | 1,000 (800–1,200) | 100 (100–100) |');
    expect(report).toContain('| Drop: slowest event | 48 (48–48) | 120 (96–144) | — |');
    expect(report).toContain('| 5,000-card / 500-card board: navigation → interactive | 2.50× (2.00×–3.00×) |');
    expect(report).toContain('| Dialog open: slowest event ≤ 100 ms | 140 (112–168) | **miss** (noisy: rerun) |');
  });

  it('when it is printed, then it names the command, commit, machine and Chromium', () => {
    const report = render();

    expect(report).toContain('`npx nx run web-e2e:bench` on 2026-11-22T10:00:00.000Z, commit abc1234');
    expect(report).toContain('2 cores, AMD EPYC, 24 GiB, Linux 6.1, Node v24.21.0, Chromium 156.0.8078.114');
    expect(report).toContain('5,000-card board 2/2');
  });

  it('when a run failed, then its first line is listed and the count of measured runs shows the gap', () => {
    const report = render([boardRun(1, 2), failedRun(2, 'dialog did not open\n    at stack')]);

    expect(report).toContain('- 5,000-card board, round 2: dialog did not open');
    expect(report).not.toContain('at stack');
    expect(report).toContain('5,000-card board 1/2');
  });
});
