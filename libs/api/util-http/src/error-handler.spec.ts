import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { toAppError } from './error-handler.ts';

describe('toAppError', () => {
  it('when body-parser reports bad JSON or an oversize body, then stable client codes come out', () => {
    expect(toAppError({ type: 'entity.parse.failed', status: 400 })).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
    expect(toAppError({ type: 'entity.too.large', status: 413 })).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(toAppError({ type: 'charset.unsupported', status: 415 })).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('when an unknown error escapes, then it becomes a 500 INTERNAL that says nothing of its cause', () => {
    const error = toAppError(new Error('connection string postgres://secret@db'));

    expect(error).toMatchObject({ status: 500, code: 'INTERNAL', message: 'Something went wrong on our side' });
  });

  it('when the domain throws an AppError, then it passes through unchanged', () => {
    const original = new AppError('Board not found', { status: 404, code: 'NOT_FOUND' });

    expect(toAppError(original)).toBe(original);
  });
});
