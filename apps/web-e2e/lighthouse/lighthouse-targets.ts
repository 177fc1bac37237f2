import type { FormFactorName } from './lighthouse-settings.ts';

type Assertion = ['error', { minScore?: number; maxNumericValue?: number; aggregationMethod: 'median' }];

/**
 * The targets as `lhci assert` assertions, judged on each metric's median over the runs. Not on lhci's
 * 'median-run': in lhci 0.14 that aggregation judges a category score on the best of the runs.
 */
export const targets: Record<FormFactorName, Record<string, Assertion>> = {
  desktop: {
    'categories:performance': ['error', { minScore: 0.95, aggregationMethod: 'median' }],
    'largest-contentful-paint': ['error', { maxNumericValue: 1000, aggregationMethod: 'median' }],
    'total-blocking-time': ['error', { maxNumericValue: 100, aggregationMethod: 'median' }],
    'cumulative-layout-shift': ['error', { maxNumericValue: 0.05, aggregationMethod: 'median' }],
  },
  mobile: {
    'largest-contentful-paint': ['error', { maxNumericValue: 2500, aggregationMethod: 'median' }],
    'total-blocking-time': ['error', { maxNumericValue: 200, aggregationMethod: 'median' }],
  },
};
