import { isApiError } from '@brisk/web-data-access-api';

/** The message for the whole form; field problems are shown next to their fields instead. */
export function describeAuthError(error: unknown): string | undefined {
  if (!error || isApiError(error, 'VALIDATION_FAILED') || isApiError(error, 'EMAIL_TAKEN')) return undefined;
  if (isApiError(error, 'INVALID_CREDENTIALS')) return 'Wrong email or password';
  if (isApiError(error, 'RATE_LIMITED')) return 'Too many attempts. Wait a minute and try again.';
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
