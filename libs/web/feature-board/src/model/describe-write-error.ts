import { isApiError } from '@brisk/web-data-access-api';

export const conflictMessage = 'Someone else changed this card; the board has been refreshed.';

/** What to tell the user when a card write failed; `action` completes "Could not … the card". */
export function describeCardWriteError(error: unknown, action: string): string {
  if (isApiError(error, 'VERSION_CONFLICT')) return conflictMessage;
  if (isApiError(error, 'NOT_FOUND')) return 'This card no longer exists; the board has been refreshed.';
  if (isApiError(error, 'FORBIDDEN')) return 'Your role on this board only lets you view it.';
  const reason = error instanceof Error ? error.message : 'unknown error';
  return `Could not ${action} the card: ${reason}`;
}
