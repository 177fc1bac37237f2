import type { AuthResponse, User } from '@brisk/shared-contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';

export async function getMe(signal?: AbortSignal): Promise<User> {
  const { user } = await requestJson<AuthResponse>(apiPaths.me(), { signal });
  return user;
}

/** The session outlives any screen: log in, log out and a 401 are what change it, not time. */
export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: Infinity,
  });
}
