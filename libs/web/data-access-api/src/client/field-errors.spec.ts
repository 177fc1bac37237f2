import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { fieldErrorsOf } from './field-errors.ts';

describe('fieldErrorsOf', () => {
  it('when validation failed on body fields, then each field gets its first message under its plain name', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid body',
      details: [
        { path: 'body.email', message: 'Invalid email address' },
        { path: 'body.password', message: 'Too short' },
        { path: 'body.password', message: 'Too weak' },
      ],
    });

    expect(fieldErrorsOf(error)).toEqual({ email: 'Invalid email address', password: 'Too short' });
  });

  it('when the error is not a validation failure, then there are no field errors', () => {
    const error = new ApiError({ status: 409, code: 'EMAIL_TAKEN', message: 'Taken', details: [{ path: 'x', message: 'y' }] });

    expect(fieldErrorsOf(error)).toEqual({});
  });
});
