import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient, Json } from '../test-support/api-client.ts';
import { addBoard, addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('archive view and restore', () => {
  let server: TestServer;
  let f: BoardFixture;
  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
  });
  afterAll(() => server?.stop());

  async function archive(card: Json): Promise<Json> {
    return (await f.owner.patch(`/api/cards/${card.id}`, { archived: true, version: card.version })).body.card;
  }

  /** Every page of the archive, following nextCursor to the end. */
  async function readArchive(client: ApiClient, boardId: string, limit: number): Promise<Json[][]> {
    const pages: Json[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const { body } = await client.get(`/api/boards/${boardId}/archive?${query}`);
      pages.push(body.cards);
      cursor = body.nextCursor;
    } while (cursor);
    return pages;
  }

  it('when cards are archived, then the archive pages through them most recently archived first, each once', async () => {
    const { boardId, columnIds } = await addBoard(f, 'Archive');
    const archived = [];
    for (let i = 0; i < 5; i++) archived.push(await archive(await addCard(f.owner, columnIds[i % 2]!, `Old ${i}`)));
    await addCard(f.owner, columnIds[0]!, 'Still live');
    const byArchiveOrder = (a: Json, b: Json) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id);

    const pages = await readArchive(f.viewer, boardId, 2);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((card) => card.id)).toEqual([...archived].sort(byArchiveOrder).map((card) => card.id));
    expect(pages.flat().every((card) => card.archived && card.boardId === boardId)).toBe(true);
  });

  it('when no limit is given, then a page holds at most 50 cards', async () => {
    const { boardId, columnIds } = await addBoard(f, 'Archive');
    const cards = await Promise.all(Array.from({ length: 51 }, (_, i) => addCard(f.owner, columnIds[0]!, `Card ${i}`)));
    for (const card of cards) await archive(card);

    const { body } = await f.owner.get(`/api/boards/${boardId}/archive`);

    expect(body.cards).toHaveLength(50);
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it('when another board has archived cards, then they stay out of this archive', async () => {
    const mine = await addBoard(f, 'Archive');
    const other = await addBoard(f, 'Archive');
    await archive(await addCard(f.owner, other.columnIds[0]!, 'Elsewhere'));

    const { body } = await f.owner.get(`/api/boards/${mine.boardId}/archive`);

    expect(body).toEqual({ cards: [], nextCursor: null });
  });

  it('when an archived card is restored, then it is back in its column at its place and the cached views and counts follow', async () => {
    const { boardId, columnIds } = await addBoard(f, 'Archive');
    const cards = [];
    for (const title of ['First', 'Second', 'Third']) cards.push(await addCard(f.owner, columnIds[0]!, title));
    const before = await readBoard(f.viewer, boardId);
    const cardCount = async () =>
      (await f.owner.get('/api/boards')).body.boards.find((board: Json) => board.id === boardId).cardCount;
    const archived = await archive(cards[1]);
    const whileArchived = { board: await readBoard(f.viewer, boardId), count: await cardCount() };

    const restored = await f.member.patch(`/api/cards/${archived.id}`, { archived: false, version: archived.version });

    expect(restored.status).toBe(200);
    expect(whileArchived.board.columns[0].cards.map((card: Json) => card.title)).toEqual(['First', 'Third']);
    expect(whileArchived.count).toBe(2);
    const after = await readBoard(f.viewer, boardId);
    expect(after.columns[0].cards.map((card: Json) => [card.id, card.position])).toEqual(
      before.columns[0].cards.map((card: Json) => [card.id, card.position]),
    );
    expect(await cardCount()).toBe(3);
    expect((await f.owner.get(`/api/boards/${boardId}/archive`)).body.cards).toEqual([]);
  });
});
