import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient, signUp } from '../test-support/api-client.ts';
import { createBoardFixture, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { seedCards } from '../test-support/seed-cards.ts';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../test-support/test-server.ts';

const statementsOf = (serverTiming: string | null) => Number(/desc="(\d+) statements"/.exec(serverTiming ?? '')?.[1]);

describeApi('SQL statements per board load', () => {
  let database: TestDatabase;
  let cached: TestServer;
  let uncached: TestServer;
  let f: BoardFixture;
  const boards: Record<number, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    cached = await startTestServer({}, database);
    uncached = await startTestServer({ BRISK_CACHE: 'off' }, database);
    f = await createBoardFixture(cached.url);
    for (const size of [50, 5000]) {
      const { body } = await f.owner.post('/api/boards', { name: `${size} cards`, columns: ['A', 'B', 'C', 'D', 'E'] });
      await seedCards(cached.db, body.board.id, body.columns.map((column: { id: string }) => column.id), size);
      boards[size] = body.board.id;
    }
  });
  afterAll(async () => {
    await cached?.stop();
    await uncached?.stop();
    await database?.drop();
  });

  it.each([50, 5000])('when a board of %i cards is loaded cold, then at most 4 statements run, auth included; warm, none', async (size) => {
    const reader = await signUp(cached.url, 'Reader');
    await f.owner.post(`/api/boards/${boards[size]}/members`, { email: reader.user.email, role: 'viewer' });

    const cold = await reader.get(`/api/boards/${boards[size]}`);
    const warm = await reader.get(`/api/boards/${boards[size]}`);

    expect(cold.body.columns.flatMap((column: { cards: unknown[] }) => column.cards)).toHaveLength(size);
    expect(statementsOf(cold.headers.get('server-timing'))).toBeLessThanOrEqual(4);
    expect(statementsOf(warm.headers.get('server-timing'))).toBe(0);
  });

  it('when the cache is off, then every load of either size takes the same number of statements, at most 4', async () => {
    const owner = new ApiClient(uncached.url);
    owner.cookie = f.owner.cookie;
    const counts = [];
    for (const size of [50, 5000, 50, 5000]) {
      counts.push(statementsOf((await owner.get(`/api/boards/${boards[size]}`)).headers.get('server-timing')));
    }

    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });
});
