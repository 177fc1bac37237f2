import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.ts';

describe('initialsOf', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['Ada King Lovelace', 'AL'],
    ['  grace   hopper ', 'GH'],
    ['Plato', 'P'],
    ['Émile Zola', 'ÉZ'],
    ['𝒜da Lovelace', '𝒜L'],
  ])('when the name is "%s", then the initials are %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
