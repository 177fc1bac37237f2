import { describe, expect, it } from 'vitest';
import type { AssertionResult, LighthouseResult } from './lighthouse-result.ts';
import { summarizePage, verdictsOf } from './summarize-runs.ts';

const origin = 'http://127.0.0.1:4000';
const board = { name: '500-card board', path: '/b/42' };
const list = { name: 'boards list', path: '/' };

function run(path: string, lcp: number, overrides: Partial<LighthouseResult> = {}): LighthouseResult {
  return {
    lighthouseVersion: '12.1.0',
    requestedUrl: `${origin}${path}`,
    finalDisplayedUrl: `${origin}${path}`,
    runWarnings: [],
    environment: { benchmarkIndex: 1500 },
    categories: { performance: { score: 0.9 } },
    audits: {
      'first-contentful-paint': { numericValue: 500 },
      'largest-contentful-paint': { numericValue: lcp },
      'total-blocking-time': { numericValue: 120 },
      'cumulative-layout-shift': { numericValue: 0 },
    },
    ...overrides,
  };
}

function result(url: string, auditId: string, actual: number, passed: boolean, auditProperty?: string): AssertionResult {
  return { url, auditId, auditProperty, operator: '<=', expected: 1000, actual, passed, level: 'error' };
}

describe('summary of a page', () => {
  it('when five runs of the page are among others, then each metric is their median with min and max', () => {
    const lhrs = [900, 1100, 700, 1000, 800].map((lcp) => run(board.path, lcp)).concat(run(list.path, 5000));
    const summary = summarizePage(board, 'desktop', origin, lhrs);
    expect(summary.runs).toBe(5);
    expect(summary.spreads[2]).toMatchObject({ median: 900, min: 700, max: 1100 });
  });

  it('when a run ended on another page (signed out), then it fails rather than report that page', () => {
    const strayed = run(board.path, 900, { finalDisplayedUrl: `${origin}/login` });
    expect(() => summarizePage(board, 'mobile', origin, [run(board.path, 900), strayed])).toThrow(
      'a mobile run of the 500-card board ended on http://127.0.0.1:4000/login: was the session cookie sent?',
    );
  });

  it('when a run has no score, then the score spread leaves it out', () => {
    const unscored = run(board.path, 900, { categories: { performance: { score: null } } });
    expect(summarizePage(board, 'desktop', origin, [run(board.path, 900), unscored]).spreads[0]).toMatchObject({ count: 1 });
  });

  it('when Lighthouse warned in several runs, then each warning is kept once', () => {
    const warned = (lcp: number) => run(board.path, lcp, { runWarnings: ['slow CPU'] });
    expect(summarizePage(board, 'desktop', origin, [warned(1), warned(2)]).warnings).toEqual(['slow CPU']);
  });
});

describe('verdicts', () => {
  it('when lhci judged every target, then there is one verdict a page and target, by name', () => {
    const results = [
      result(`${origin}/b/42`, 'largest-contentful-paint', 1200, false),
      result(`${origin}/`, 'largest-contentful-paint', 600, true),
      result(`${origin}/`, 'categories', 0.99, true, 'performance'),
      result(`${origin}/b/42`, 'categories', 0.8, false, 'performance'),
    ];
    const verdicts = verdictsOf('desktop', results, [list, board], ['categories:performance', 'largest-contentful-paint'], origin);
    expect(verdicts.map(({ page, metric, actual, passed }) => [page, metric.label, actual, passed])).toEqual([
      ['boards list', 'Score', 0.99, true],
      ['boards list', 'LCP', 600, true],
      ['500-card board', 'Score', 0.8, false],
      ['500-card board', 'LCP', 1200, false],
    ]);
  });

  it('when lhci left a target out (only failures saved), then it fails rather than show a shorter table', () => {
    const results = [result(`${origin}/b/42`, 'largest-contentful-paint', 1200, false)];
    expect(() => verdictsOf('mobile', results, [list, board], ['largest-contentful-paint'], origin)).toThrow(
      'lhci assert reported nothing on largest-contentful-paint for the boards list (mobile)',
    );
  });
});
