import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { conflictCurrentOf } from './conflict-current.ts';

describe('conflictCurrentOf', () => {
  it('when a write met a newer version, then it is the current state the server sent', () => {
    const current = { id: 'card-1', version: 4 };
    const error = new ApiError({ status: 409, code: 'VERSION_CONFLICT', message: 'Changed', details: { current } });

    expect(conflictCurrentOf(error)).toBe(current);
  });

  it('when the error is another one, or a conflict without the current state, then there is none', () => {
    const notFound = new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Gone', details: { current: {} } });
    const bare = new ApiError({ status: 409, code: 'VERSION_CONFLICT', message: 'Changed' });

    expect(conflictCurrentOf(notFound)).toBeUndefined();
    expect(conflictCurrentOf(bare)).toBeUndefined();
  });
});
