import { describe, expect, it } from 'vitest';
import { toSearchTerms } from './search-terms.ts';

describe('toSearchTerms', () => {
  it('when the query holds punctuation and FTS operators, then only words remain', () => {
    expect(toSearchTerms('Fix "login" OR NOT* bug:-(x)')).toEqual(['fix', 'login', 'or', 'not', 'bug', 'x']);
  });

  it('when words repeat or run long, then each counts once and at most eight are kept', () => {
    expect(toSearchTerms('a a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('when the query is accented or non-Latin, then letters are kept', () => {
    expect(toSearchTerms('Café 東京')).toEqual(['café', '東京']);
  });
});
