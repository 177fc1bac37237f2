import type { Card, Role } from '@brisk/shared-contracts';
import { boardQueryOptions } from '@brisk/web-data-access-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardId, makeBoard } from '../test-support/board-fixture.ts';
import { renderBoardRoute } from '../test-support/render-board-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const archivePath = `/api/boards/${boardId}/archive`;

/** The archive page over a board whose "To do" cards are archived: the first page holds two, the second one. */
function renderArchive(role: Role) {
  const detail = makeBoard(role);
  const todo = detail.columns[0]!;
  const archived: Card[] = [...todo.cards, { ...detail.columns[1]!.cards[0]!, id: 'third' }].map((card) => ({
    ...card,
    archived: true,
    version: 2,
  }));
  todo.cards = [];
  const rendered = renderBoardRoute(detail, `/b/${boardId}/archive`, (method, path) => {
    if (method === 'GET' && path === archivePath) {
      return Response.json({ cards: archived.slice(0, 2), nextCursor: 'page-2' });
    }
    if (method === 'GET' && path === `${archivePath}?cursor=page-2`) {
      return Response.json({ cards: archived.slice(2), nextCursor: null });
    }
    if (method === 'PATCH' && path === `/api/cards/${archived[0]!.id}`) {
      return Response.json({ card: { ...archived[0]!, archived: false, version: 3 } });
    }
    if (method === 'DELETE' && path === `/api/cards/${archived[1]!.id}`) return new Response(null, { status: 204 });
    return undefined;
  });
  return { ...rendered, archived };
}

/** Each listed card's title: its text up to the column it came from. */
const titles = () =>
  within(screen.getByRole('list', { name: 'Archived cards' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.split('from ')[0]);

describe('ArchivePage', () => {
  it('when there is more than a page, then Load more brings the next one after the first, until there is no more', async () => {
    renderArchive('member');
    await screen.findByRole('list', { name: 'Archived cards' });
    expect(titles()).toEqual(['Write the brief', 'Book the venue']);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(titles()).toEqual(['Write the brief', 'Book the venue', 'Pick a date']));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('when a member restores a card, then it leaves the archive for its column on the board, and the page says where', async () => {
    const { queryClient, fetchMock, archived } = renderArchive('member');

    await userEvent.click(await screen.findByRole('button', { name: 'Restore Write the brief' }));

    expect(await screen.findByText('Write the brief is back in To do.')).toBeInTheDocument();
    expect(titles()).toEqual(['Book the venue']);
    const [, init] = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(JSON.parse(String(init?.body))).toEqual({ archived: false, version: 2 });
    const board = queryClient.getQueryData(boardQueryOptions(boardId).queryKey);
    expect(board?.columns[0]!.cards.map((card) => card.id)).toEqual([archived[0]!.id]);
  });

  it('when a member deletes a card and confirms, then it leaves the archive', async () => {
    renderArchive('member');

    await userEvent.click(await screen.findByRole('button', { name: 'Delete Book the venue' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete card' }));

    expect(await screen.findByText('Book the venue is deleted.')).toBeInTheDocument();
    expect(titles()).toEqual(['Write the brief']);
  });

  it('when a viewer opens the archive, then the cards are listed without Restore or Delete', async () => {
    renderArchive('viewer');

    await screen.findByRole('list', { name: 'Archived cards' });

    expect(titles()).toEqual(['Write the brief', 'Book the venue']);
    expect(screen.getByText('You can see the archive but not change it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Restore|Delete)/ })).not.toBeInTheDocument();
  });
});
