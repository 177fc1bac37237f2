import { shouldRetryRequest } from '@brisk/web-data-access-api';
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Half a minute of trust saves refetching the board on every tab switch; mutations update the cache directly.
      // Offline, queries still run once so the service worker can answer from its copies (TanStack's default would not
      // even ask it), and writes fail at once with their offline message instead of waiting, pending, for a connection.
      queries: { staleTime: 30_000, retry: shouldRetryRequest, networkMode: 'offlineFirst' },
      mutations: { networkMode: 'always' },
    },
  });
}
