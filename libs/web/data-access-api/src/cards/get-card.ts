import type { Card, CardResponse } from '@brisk/shared-contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';

export async function getCard(cardId: string, signal?: AbortSignal): Promise<Card> {
  const { card } = await requestJson<CardResponse>(apiPaths.card(cardId), { signal });
  return card;
}

export function cardQueryOptions(cardId: string) {
  return queryOptions({ queryKey: queryKeys.card(cardId), queryFn: ({ signal }) => getCard(cardId, signal) });
}
