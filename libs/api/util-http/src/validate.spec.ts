import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { parseOrThrow } from './validate.ts';

describe('parseOrThrow', () => {
  const schema = z.strictObject({ title: z.string().max(3), version: z.int() });

  it('when input is valid, then the parsed value comes back', () => {
    expect(parseOrThrow(schema, { title: 'abc', version: 1 }, 'body')).toEqual({ title: 'abc', version: 1 });
  });

  it('when several fields are wrong, then one 400 lists each by path, unknown keys included', () => {
    let thrown: unknown;
    try {
      parseOrThrow(schema, { title: 'abcd', version: 'x', admin: true }, 'body');
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const paths = ((thrown as AppError).details as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.version', 'body']));
  });
});
