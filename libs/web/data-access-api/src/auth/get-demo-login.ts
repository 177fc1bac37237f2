import type { DemoLogin } from '@brisk/shared-contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';

export async function getDemoLogin(signal?: AbortSignal): Promise<DemoLogin['demo']> {
  const { demo } = await requestJson<DemoLogin>(apiPaths.demoLogin(), { signal });
  return demo;
}

/** Fixed for the server's life; a hint that fails to load is simply not shown, so it is not retried either. */
export function demoLoginQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.demoLogin,
    queryFn: ({ signal }) => getDemoLogin(signal),
    staleTime: Infinity,
    retry: false,
  });
}
