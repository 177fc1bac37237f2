import { isApiError } from '@brisk/web-data-access-api';

/** What to tell the user when a column write failed; `action` completes "Could not … the column". */
export function describeColumnError(error: unknown, action: string): string {
  if (isApiError(error, 'VERSION_CONFLICT')) return 'Someone else changed this column; the board has been refreshed.';
  if (isApiError(error, 'NOT_FOUND')) return 'This column no longer exists; the board has been refreshed.';
  if (isApiError(error, 'FORBIDDEN')) return 'Your role on this board only lets you view it.';
  const reason = error instanceof Error ? error.message : 'unknown error';
  return `Could not ${action} the column: ${reason}`;
}
