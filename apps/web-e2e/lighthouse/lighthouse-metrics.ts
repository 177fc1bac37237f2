import type { LighthouseResult } from './lighthouse-result.ts';

export interface Metric {
  label: string;
  unit: '' | ' ms';
  /** The key lhci assertions name it by. */
  assertionKey: string;
  read: (lhr: LighthouseResult) => number;
  format: (value: number) => string;
}

const milliseconds = (value: number) => Math.round(value).toLocaleString('en-US');
const audit = (id: string) => (lhr: LighthouseResult) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** What the table shows, in this order; a run that produced no value reads NaN and is left out of the spread. */
export const metrics: Metric[] = [
  {
    label: 'Score',
    unit: '',
    assertionKey: 'categories:performance',
    read: (lhr) => lhr.categories.performance?.score ?? Number.NaN,
    // Lighthouse shows its 0–1 score as 0–100.
    format: (value) => String(Math.round(value * 100)),
  },
  { label: 'FCP', unit: ' ms', assertionKey: 'first-contentful-paint', read: audit('first-contentful-paint'), format: milliseconds },
  { label: 'LCP', unit: ' ms', assertionKey: 'largest-contentful-paint', read: audit('largest-contentful-paint'), format: milliseconds },
  { label: 'TBT', unit: ' ms', assertionKey: 'total-blocking-time', read: audit('total-blocking-time'), format: milliseconds },
  {
    label: 'CLS',
    unit: '',
    assertionKey: 'cumulative-layout-shift',
    read: audit('cumulative-layout-shift'),
    format: (value) => value.toFixed(3),
  },
];

export function metricOf(assertionKey: string): Metric {
  const metric = metrics.find((candidate) => candidate.assertionKey === assertionKey);
  if (!metric) throw new Error(`no metric for the assertion ${assertionKey}`);
  return metric;
}
