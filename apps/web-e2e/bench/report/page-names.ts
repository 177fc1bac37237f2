import type { BenchRuns } from './run-figures.ts';

export const pageNames: Record<keyof BenchRuns, string> = {
  small: '500-card board',
  large: '5,000-card board',
  control: 'control',
};
