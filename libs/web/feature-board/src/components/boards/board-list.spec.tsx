import type { BoardSummary } from '@brisk/shared-contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBoardPage } from '../../routing/load-board-page.ts';
import { BoardList } from './board-list.tsx';

vi.mock('../../routing/load-board-page.ts', () => ({ loadBoardPage: vi.fn(async () => ({})) }));

function board(id: string, name: string): BoardSummary {
  return { id, name, role: 'owner', cardCount: 0, createdAt: '2025-01-01T00:00:00.000Z' };
}

function renderBoardList() {
  const fetchMock = vi.fn(async () => Response.json({ board: {}, columns: [] }));
  vi.stubGlobal('fetch', fetchMock);
  const boards = [board('board-1', 'Roadmap'), board('board-2', 'Hiring')];
  const router = createMemoryRouter([{ path: '/', element: <BoardList boards={boards} /> }]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(loadBoardPage).mockClear();
});

describe('BoardList', () => {
  it('when the pointer enters a board link, then the board page chunk and that board are fetched ahead', () => {
    const fetchMock = renderBoardList();

    fireEvent.pointerEnter(screen.getByRole('link', { name: /Roadmap/ }));

    expect(loadBoardPage).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledExactlyOnceWith('/api/boards/board-1', expect.anything());
  });

  it('when a board link gets the focus, then the board page chunk and that board are fetched ahead', () => {
    const fetchMock = renderBoardList();

    screen.getByRole('link', { name: /Hiring/ }).focus();

    expect(loadBoardPage).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledExactlyOnceWith('/api/boards/board-2', expect.anything());
  });
});
