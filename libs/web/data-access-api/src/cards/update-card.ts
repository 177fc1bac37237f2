import type { Card, CardResponse, UpdateCardBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

/** Edits or archives; `body.version` is the version the caller saw, a stale one fails with VERSION_CONFLICT. */
export async function updateCard(cardId: string, body: UpdateCardBody): Promise<Card> {
  const { card } = await requestJson<CardResponse>(apiPaths.card(cardId), { method: 'PATCH', body });
  return card;
}
