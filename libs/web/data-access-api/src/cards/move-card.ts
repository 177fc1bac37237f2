import type { Card, CardResponse, MoveCardBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function moveCard(cardId: string, body: MoveCardBody): Promise<Card> {
  const { card } = await requestJson<CardResponse>(apiPaths.cardMove(cardId), { method: 'POST', body });
  return card;
}
