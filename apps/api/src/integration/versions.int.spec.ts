import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('optimistic concurrency', () => {
  let server: TestServer;
  let f: BoardFixture;
  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
  });
  afterAll(() => server?.stop());

  it('when a card edit carries a stale version, then 409 returns the current card and the newer edit stands', async () => {
    const card = await addCard(f.owner, f.columnIds[0]!, 'Original');
    await f.member.patch(`/api/cards/${card.id}`, { title: 'First edit', version: 1 });

    const stale = await f.owner.patch(`/api/cards/${card.id}`, { title: 'Second edit', version: 1 });

    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(stale.body.error.details.current).toMatchObject({ id: card.id, title: 'First edit', version: 2 });
    expect((await f.owner.get(`/api/cards/${card.id}`)).body.card.title).toBe('First edit');
  });

  it('when a move carries a stale version, then 409 and the card stays put', async () => {
    const card = await addCard(f.owner, f.columnIds[0]!, 'Mover');
    await f.owner.patch(`/api/cards/${card.id}`, { description: 'changed', version: 1 });

    const stale = await f.owner.post(`/api/cards/${card.id}/move`, { toColumnId: f.columnIds[1], version: 1 });

    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ columnId: f.columnIds[0], version: 2 });
    expect((await f.owner.get(`/api/cards/${card.id}`)).body.card.columnId).toBe(f.columnIds[0]);
  });

  it('when a column edit carries a stale version, then 409 returns the current column', async () => {
    const columnId = f.columnIds[2]!;
    const renamed = await f.owner.patch(`/api/columns/${columnId}`, { name: 'Shipped', version: 1 });

    const stale = await f.member.patch(`/api/columns/${columnId}`, { wipLimit: 3, version: 1 });

    expect(renamed.status).toBe(200);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ id: columnId, name: 'Shipped', wipLimit: null, version: 2 });
  });

  it('when a card is archived, then the board leaves it out but it can still be fetched', async () => {
    const card = await addCard(f.owner, f.columnIds[0]!, 'Archive me');

    const archived = await f.owner.patch(`/api/cards/${card.id}`, { archived: true, version: 1 });

    expect(archived.body.card).toMatchObject({ archived: true, version: 2 });
    const board = await readBoard(f.owner, f.boardId);
    expect(board.columns.flatMap((column: { cards: { id: string }[] }) => column.cards.map((c) => c.id))).not.toContain(card.id);
    expect((await f.owner.get(`/api/cards/${card.id}`)).status).toBe(200);
  });

  it('when a column holds only archived cards, then deleting it gets 409 with the counts and the cards survive', async () => {
    const column = (await f.owner.post(`/api/boards/${f.boardId}/columns`, { name: 'Temp' })).body.column;
    const card = await addCard(f.owner, column.id, 'Keep me');
    await f.owner.patch(`/api/cards/${card.id}`, { archived: true, version: 1 });

    const refused = await f.member.delete(`/api/columns/${column.id}`);

    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'COLUMN_NOT_EMPTY', details: { cards: 0, archivedCards: 1 } });
    expect((await f.owner.get(`/api/cards/${card.id}`)).body.card).toMatchObject({ columnId: column.id, archived: true });
    expect((await f.owner.get(`/api/boards/${f.boardId}/archive`)).body.cards.map((c: { id: string }) => c.id)).toContain(card.id);
    await f.owner.delete(`/api/cards/${card.id}`);
    expect((await f.owner.delete(`/api/columns/${column.id}`)).status).toBe(204);
  });

  it('when a column holds cards on the board and in the archive, then the 409 counts each', async () => {
    const column = (await f.owner.post(`/api/boards/${f.boardId}/columns`, { name: 'Mixed' })).body.column;
    await addCard(f.owner, column.id, 'Live one');
    await addCard(f.owner, column.id, 'Live two');
    const archived = await addCard(f.owner, column.id, 'Archived');
    await f.owner.patch(`/api/cards/${archived.id}`, { archived: true, version: 1 });

    const refused = await f.owner.delete(`/api/columns/${column.id}`);

    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ cards: 2, archivedCards: 1 });
    const board = await readBoard(f.owner, f.boardId);
    expect(board.columns.find((c: { id: string }) => c.id === column.id).cards).toHaveLength(2);
  });

  it('when a column moves after another or to the front, then the board lists columns in the new order', async () => {
    const { body } = await f.owner.post('/api/boards', { name: 'Order', columns: ['A', 'B', 'C'] });
    const [a, b, c] = body.columns;

    await f.owner.patch(`/api/columns/${a.id}`, { afterColumnId: c.id, version: a.version });
    await f.owner.patch(`/api/columns/${c.id}`, { afterColumnId: null, version: c.version });

    const board = await readBoard(f.owner, body.board.id);
    expect(board.columns.map((column: { name: string }) => column.name)).toEqual(['C', 'B', 'A']);
    expect(b.name).toBe('B');
  });
});
