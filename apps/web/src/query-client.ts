import { shouldRetryRequest } from '@brisk/web-data-access-api';
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Half a minute of trust saves refetching the board on every tab switch; mutations update the cache directly.
      queries: { staleTime: 30_000, retry: shouldRetryRequest },
    },
  });
}
