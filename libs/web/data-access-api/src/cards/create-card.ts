import type { Card, CardResponse, CreateCardBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function createCard(columnId: string, body: CreateCardBody): Promise<Card> {
  const { card } = await requestJson<CardResponse>(apiPaths.columnCards(columnId), { method: 'POST', body });
  return card;
}
