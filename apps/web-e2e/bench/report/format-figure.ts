import type { Spread } from '@brisk/shared-util-lab';
import type { Unit } from './summarize-bench.ts';

/** Event Timing reports nothing under 16 ms, so a 0 there means "faster than the floor", not zero. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'event':
      return value < 16 ? '< 16' : Math.round(value).toLocaleString('en-US');
    case 'ms':
      return value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US');
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    case 'MB':
      return value.toFixed(1);
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
  }
}

/** "median (min–max)", or the one value when there was one run; "—" when nothing was measured. */
export function formatSpread(spread: Spread | null, unit: Unit): string {
  if (!spread) return '—';
  const median = formatValue(spread.median, unit);
  return spread.count > 1 ? `${median} (${formatValue(spread.min, unit)}–${formatValue(spread.max, unit)})` : median;
}
