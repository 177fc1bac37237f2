import type { BoardDetail, Card } from '@brisk/shared-contracts';
import { screen } from '@testing-library/react';
import { boardId, members } from './board-fixture.ts';
import { renderBoardRoute, type FakeApi } from './render-board-route.tsx';

export type Answer = (body: Record<string, unknown>) => Response;

export const savedAs = (card: Card) => () => Response.json({ card });
export const conflictWith = (current: Card) => () =>
  Response.json({ error: { code: 'VERSION_CONFLICT', message: 'Changed', details: { current } } }, { status: 409 });

/**
 * `card`'s dialog over its board. The API answers the card, the members, each PATCH of the card with the next of
 * `patches`, and a DELETE with 204; `sent(method)` lists the bodies the dialog sent with that method, in order.
 */
export async function renderCardDialog(detail: BoardDetail, card: Card, ...patches: Answer[]) {
  const cardPath = `/api/cards/${card.id}`;
  const api: FakeApi = (method, path, body) => {
    if (method === 'GET' && path === cardPath) return Response.json({ card });
    if (method === 'GET' && path === `/api/boards/${boardId}/members`) return Response.json({ members });
    if (method === 'PATCH' && path === cardPath) return patches.shift()?.(body as Record<string, unknown>);
    if (method === 'DELETE' && path === cardPath) return new Response(null, { status: 204 });
    return undefined;
  };
  const rendered = renderBoardRoute(detail, `/b/${boardId}/c/${card.id}`, api);
  const dialog = await screen.findByRole('dialog', { name: card.title });
  const sent = (method: string): unknown[] =>
    rendered.fetchMock.mock.calls
      .filter(([, init]) => init?.method === method)
      .map(([, init]) => (typeof init?.body === 'string' ? JSON.parse(init.body) : undefined));
  return { ...rendered, dialog, sent };
}
