import { isApiError } from './api-error.ts';

/** Retrying a 4xx only repeats the same answer; network blips and 5xx get two more tries. */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
