import { z } from 'zod';

// zod's own messages ("Too small: expected string to have >=8 characters") are written for developers; forms show
// these beside the field, so every request field says what a person should do instead.

const amount = (count: number, unit: string) => `${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`;

export const atLeast = (count: number, unit = 'character') => `Use at least ${amount(count, unit)}`;
export const atMost = (count: number, unit = 'character') => `Use at most ${amount(count, unit)}`;

/** Text of at most `max` characters; `missing` is what a person reads when it is empty (after trimming) or not text. */
export function textField(missing: string, max: number, { min = 1, trim = true }: { min?: number; trim?: boolean } = {}) {
  const text = trim ? z.string({ error: missing }).trim() : z.string({ error: missing });
  return text.min(min, min > 1 ? atLeast(min) : missing).max(max, atMost(max));
}

/** A whole number in [min, max]; `coerce` for query strings. */
export function wholeNumber(min: number, max: number, { coerce = false }: { coerce?: boolean } = {}) {
  const range = `Use a whole number from ${min} to ${max}`;
  const number = coerce ? z.coerce.number({ error: range }) : z.number({ error: range });
  return number.int(range).min(min, range).max(max, range);
}

/** A request object: fields it does not take are refused (no mass assignment), by name. */
export function requestObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Leave out what this request does not take: ${issue.keys.join(', ')}`
        : 'Send a JSON object',
  });
}
