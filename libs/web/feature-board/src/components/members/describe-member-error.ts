import { isApiError } from '@brisk/web-data-access-api';

export function describeMemberError(error: unknown): string {
  if (isApiError(error, 'NOT_FOUND')) return 'No account uses this email. Ask them to sign up first.';
  if (isApiError(error, 'ALREADY_MEMBER')) return 'Already a member of this board.';
  if (isApiError(error, 'LAST_OWNER')) return 'A board needs at least one owner.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}
