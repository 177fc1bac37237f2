import { isApiError } from './api-error.ts';

/**
 * What a VERSION_CONFLICT answer says the resource is now (`details.current`: the card, column or board someone else
 * saved first), or undefined for any other error.
 */
export function conflictCurrentOf<T>(error: unknown): T | undefined {
  if (!isApiError(error, 'VERSION_CONFLICT')) return undefined;
  const { details } = error;
  return typeof details === 'object' && details !== null && 'current' in details ? (details.current as T) : undefined;
}
