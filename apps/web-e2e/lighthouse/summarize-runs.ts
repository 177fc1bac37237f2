import { spreadOf, type Spread } from '@brisk/shared-util-lab';
import { metricOf, metrics, type Metric } from './lighthouse-metrics.ts';
import type { AssertionResult, LighthouseResult } from './lighthouse-result.ts';
import type { FormFactorName, Page } from './lighthouse-settings.ts';

export interface PageSummary {
  page: Page;
  formFactor: FormFactorName;
  runs: number;
  /** One a metric, in the order of `metrics`. */
  spreads: (Spread | null)[];
  warnings: string[];
}

export interface Verdict {
  page: string;
  formFactor: FormFactorName;
  metric: Metric;
  operator: string;
  expected: number;
  actual: number;
  passed: boolean;
}

/** The runs of one page in one form factor, metric by metric: median, min and max. */
export function summarizePage(page: Page, formFactor: FormFactorName, origin: string, lhrs: readonly LighthouseResult[]): PageSummary {
  const url = new URL(page.path, origin);
  const runs = lhrs.filter((lhr) => lhr.requestedUrl === url.href);
  if (runs.length === 0) throw new Error(`no ${formFactor} Lighthouse run of ${url.href}`);
  // A run that ended on another page (the sign-in form) measured that page: its figures must not pass for this one's.
  const strayed = runs.find((lhr) => new URL(lhr.finalDisplayedUrl).pathname !== url.pathname);
  if (strayed) {
    throw new Error(`a ${formFactor} run of the ${page.name} ended on ${strayed.finalDisplayedUrl}: was the session cookie sent?`);
  }
  return {
    page,
    formFactor,
    runs: runs.length,
    spreads: metrics.map((metric) => spreadOf(runs.map(metric.read))),
    warnings: [...new Set(runs.flatMap((lhr) => lhr.runWarnings))],
  };
}

/** lhci reports `categories:performance` as auditId `categories` and auditProperty `performance`. */
function assertionKeyOf(result: AssertionResult): string {
  return result.auditProperty ? `${result.auditId}:${result.auditProperty}` : result.auditId;
}

/**
 * lhci's assertion results, one a page and target, in the order of `pages` and `assertionKeys`. A target lhci did not
 * report is an error: a verdict table with a row missing would read as a pass.
 */
export function verdictsOf(
  formFactor: FormFactorName,
  results: readonly AssertionResult[],
  pages: readonly Page[],
  assertionKeys: readonly string[],
  origin: string,
): Verdict[] {
  return pages.flatMap((page) =>
    assertionKeys.map((key) => {
      const url = new URL(page.path, origin).href;
      const result = results.find((candidate) => candidate.url === url && assertionKeyOf(candidate) === key);
      if (!result) throw new Error(`lhci assert reported nothing on ${key} for the ${page.name} (${formFactor})`);
      const { operator, expected, actual, passed } = result;
      return { page: page.name, formFactor, metric: metricOf(key), operator, expected, actual, passed };
    }),
  );
}
