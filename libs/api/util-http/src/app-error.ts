import type { ErrorCode } from '@brisk/shared-contracts';

export interface AppErrorOptions {
  status: number;
  code: ErrorCode;
  details?: unknown;
  cause?: unknown;
}

/** The one error type the domain throws; the error middleware turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(message: string, options: AppErrorOptions) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.status = options.status;
    this.code = options.code;
    this.details = options.details;
  }
}

export const notFound = (what: string) => new AppError(`${what} not found`, { status: 404, code: 'NOT_FOUND' });
export const forbidden = (message = 'Your role on this board does not allow this') =>
  new AppError(message, { status: 403, code: 'FORBIDDEN' });
export const unauthenticated = () => new AppError('Sign in first', { status: 401, code: 'UNAUTHENTICATED' });
export const versionConflict = (current: unknown) =>
  new AppError('Someone else changed this first; here is the current state', {
    status: 409,
    code: 'VERSION_CONFLICT',
    details: { current },
  });
export const validationFailed = (message: string, details?: unknown) =>
  new AppError(message, { status: 400, code: 'VALIDATION_FAILED', details });
