import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp, type SignedUpClient } from '../test-support/api-client.ts';
import { addCard, createBoardFixture, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('search', () => {
  let server: TestServer;
  let f: BoardFixture;
  let stranger: SignedUpClient;
  let secretBoardId: string;

  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
    stranger = await signUp(server.url, 'Stranger');
    const secret = await stranger.post('/api/boards', { name: 'Secret plans' });
    secretBoardId = secret.body.board.id;
    await addCard(stranger, secret.body.columns[0].id, 'Quarterly rocket budget', { description: 'classified' });
    for (let i = 0; i < 7; i++) await addCard(f.owner, f.columnIds[i % 3]!, `Rocket part ${i}`, { description: 'engine work' });
    await addCard(f.owner, f.columnIds[0]!, 'Unrelated', { description: 'the rocketry manual' });
  });
  afterAll(() => server?.stop());

  it('when a member searches, then only cards of boards they belong to come back, newest first', async () => {
    const response = await f.viewer.get('/api/search?q=rocket');

    expect(response.status).toBe(200);
    const titles = response.body.items.map((item: { title: string }) => item.title);
    expect(titles).toEqual(['Unrelated', ...[6, 5, 4, 3, 2, 1, 0].map((i) => `Rocket part ${i}`)]);
    expect(response.body.items[0]).toMatchObject({ boardName: 'Fixture board', columnName: 'To do' });
    expect(response.body.nextCursor).toBeNull();
  });

  it('when another user searches the same words, then they see their own card and never ours', async () => {
    const mine = await stranger.get('/api/search?q=rocket');
    const outsider = await f.outsider.get('/api/search?q=rocket');
    const probing = await f.owner.get(`/api/search?q=rocket&boardId=${secretBoardId}`);

    expect(mine.body.items.map((item: { title: string }) => item.title)).toEqual(['Quarterly rocket budget']);
    expect(outsider.body.items).toEqual([]);
    expect(probing.body.items).toEqual([]);
  });

  it('when results span pages, then the cursor walks them without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/api/search?q=rocket%20engine&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await f.owner.get(query);
      seen.push(...response.body.items.map((item: { id: string }) => item.id));
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);

    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('when a card is edited or archived, then search follows at once', async () => {
    const card = await addCard(f.owner, f.columnIds[0]!, 'Zeppelin');
    await f.owner.patch(`/api/cards/${card.id}`, { title: 'Airship', version: 1 });

    const old = await f.owner.get('/api/search?q=zeppelin');
    const renamed = await f.owner.get('/api/search?q=airsh');
    await f.owner.patch(`/api/cards/${card.id}`, { archived: true, version: 2 });
    const archived = await f.owner.get('/api/search?q=airship');

    expect(old.body.items).toEqual([]);
    expect(renamed.body.items.map((item: { id: string }) => item.id)).toEqual([card.id]);
    expect(archived.body.items).toEqual([]);
  });

  it('when the query holds search-engine syntax or a bad cursor, then it is treated as words or refused with 400', async () => {
    const syntax = await f.owner.get(`/api/search?q=${encodeURIComponent('rocket" OR * NEAR(:')}`);
    const badCursor = await f.owner.get('/api/search?q=rocket&cursor=bm90LWFuLWlk');
    const empty = await f.owner.get('/api/search?q=');

    expect(syntax.status).toBe(200);
    expect(badCursor.status).toBe(400);
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
  });
});
