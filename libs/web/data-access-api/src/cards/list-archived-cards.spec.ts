import { afterEach, describe, expect, it, vi } from 'vitest';
import { listArchivedCards } from './list-archived-cards.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('listArchivedCards', () => {
  it('when the next page is asked for, then the cursor and the limit go in the query string, the cursor encoded', async () => {
    const fetchMock = vi.fn(async () => Response.json({ cards: [], nextCursor: null }));
    vi.stubGlobal('fetch', fetchMock);

    await listArchivedCards({ boardId: 'board-1', cursor: 'a+b/c', limit: 20 });

    expect(fetchMock).toHaveBeenCalledWith('/api/boards/board-1/archive?cursor=a%2Bb%2Fc&limit=20', expect.anything());
  });

  it('when the first page is asked for, then the path has no query string', async () => {
    const fetchMock = vi.fn(async () => Response.json({ cards: [], nextCursor: null }));
    vi.stubGlobal('fetch', fetchMock);

    await listArchivedCards({ boardId: 'board-1', cursor: null });

    expect(fetchMock).toHaveBeenCalledWith('/api/boards/board-1/archive', expect.anything());
  });
});
