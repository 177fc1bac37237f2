import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration.ts';

describe('parseDuration', () => {
  it('when given minutes, hours or combinations, then it returns seconds', () => {
    expect(parseDuration('10m')).toBe(600);
    expect(parseDuration('1h30m')).toBe(5_400);
    expect(parseDuration('45s')).toBe(45);
    expect(parseDuration('90')).toBe(90);
  });

  it('when the text is not a duration or is zero, then it is rejected', () => {
    expect(parseDuration('ten minutes')).toBeUndefined();
    expect(parseDuration('10x')).toBeUndefined();
    expect(parseDuration('0m')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });
});
