import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export function deleteCard(cardId: string): Promise<void> {
  return requestJson<void>(apiPaths.card(cardId), { method: 'DELETE' });
}
