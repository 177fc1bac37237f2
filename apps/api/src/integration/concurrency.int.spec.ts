import { comparePositioned } from '@brisk/shared-util-ordering';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('concurrent moves', () => {
  let server: TestServer;
  let f: BoardFixture;
  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
  });
  afterAll(() => server?.stop());

  it('when 50 cards move into one column at once, then each is there exactly once in a strict total order', async () => {
    const [from, to] = f.columnIds as [string, string];
    const anchor = await addCard(f.owner, to, 'Anchor');
    const cards = [];
    for (let i = 0; i < 50; i++) cards.push(await addCard(f.owner, from, `Card ${i}`));

    const responses = await Promise.all(
      cards.map((card, i) =>
        (i % 2 === 0 ? f.owner : f.member).post(`/api/cards/${card.id}/move`, {
          toColumnId: to,
          ...(i % 3 === 0 ? {} : i % 3 === 1 ? { afterCardId: anchor.id } : { beforeCardId: anchor.id }),
          version: card.version,
        }),
      ),
    );

    expect(responses.map((response) => response.status)).toEqual(cards.map(() => 200));
    const board = await readBoard(f.owner, f.boardId);
    const target = board.columns.find((column: { id: string }) => column.id === to);
    const ids = target.cards.map((card: { id: string }) => card.id);
    expect(ids).toHaveLength(51);
    expect(new Set(ids).size).toBe(51);
    expect(new Set(target.cards.map((card: { position: string }) => card.position)).size).toBe(51);
    expect([...target.cards].sort(comparePositioned)).toEqual(target.cards);
    expect(board.columns.find((column: { id: string }) => column.id === from).cards).toEqual([]);
  });

  it('when a move lands after a card, then it sits right after it; with no anchor it goes to the top', async () => {
    const column = f.columnIds[2]!;
    const [a, b, c] = [await addCard(f.owner, column, 'A'), await addCard(f.owner, column, 'B'), await addCard(f.owner, column, 'C')];

    await f.owner.post(`/api/cards/${c.id}/move`, { toColumnId: column, afterCardId: a.id, version: c.version });
    await f.owner.post(`/api/cards/${b.id}/move`, { toColumnId: column, version: b.version });

    const board = await readBoard(f.owner, f.boardId);
    const titles = board.columns[2].cards.map((card: { title: string }) => card.title);
    expect(titles).toEqual(['B', 'A', 'C']);
  });
});
