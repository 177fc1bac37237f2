import { openDb, type Db, type QueryEvent } from '@brisk/api-data-access-db';
import type { Card } from '@brisk/shared-contracts';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { addCard, createBoardFixture, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi, testDbKind } from '../test-support/describe-api.ts';
import { seedCards } from '../test-support/seed-cards.ts';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../test-support/test-server.ts';

/** Every plan node, flattened, from PostgreSQL's JSON EXPLAIN or SQLite's EXPLAIN QUERY PLAN rows. */
type PlanStep = string;
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

describeApi('query plans of the hot paths', () => {
  let database: TestDatabase;
  let server: TestServer;
  let f: BoardFixture;
  let db: Db;
  const captured: QueryEvent[] = [];
  const rareCardIds: string[] = [];
  const archivedCards: Card[] = [];
  let explain: (event: QueryEvent) => Promise<PlanStep[]>;

  async function explainPostgres({ sql, parameters }: QueryEvent): Promise<PlanStep[]> {
    const [row] = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    const steps: PlanStep[] = [];
    const walk = (node: PlanNode) => {
      steps.push(`${node['Node Type']} ${node['Relation Name'] ?? ''} ${node['Index Name'] ?? ''}`.trim());
      node.Plans?.forEach(walk);
    };
    walk(row!['QUERY PLAN'][0].Plan);
    return steps;
  }

  async function explainSqlite({ sql, parameters }: QueryEvent): Promise<PlanStep[]> {
    return (await db.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, parameters)).map((row) => row.detail);
  }

  /** Runs `work` through the repositories and returns the plans of the statements it issued. */
  async function plansOf(work: () => Promise<unknown>): Promise<PlanStep[][]> {
    captured.length = 0;
    await work();
    return Promise.all(captured.filter((event) => /^\s*SELECT/i.test(event.sql)).map(explain));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer({}, database);
    f = await createBoardFixture(server.url);
    // Enough boards and cards that a sequential scan would be the planner's honest choice without an index.
    for (let board = 0; board < 12; board++) {
      const { body } = await f.owner.post('/api/boards', { name: `Board ${board}` });
      await seedCards(server.db, body.board.id, body.columns.map((column: { id: string }) => column.id), 1000);
    }
    for (let i = 0; i < 3; i++) rareCardIds.push((await addCard(f.owner, f.columnIds[0]!, `Zeppelin ${i}`)).id);
    for (let i = 0; i < 3; i++) {
      const card = await addCard(f.owner, f.columnIds[1]!, `Archived ${i}`);
      archivedCards.push((await f.owner.patch(`/api/cards/${card.id}`, { archived: true, version: card.version })).body.card);
    }
    const config = loadConfig(database.env, path.join(database.env['BRISK_DATA_DIR']!, 'no-web')).db;
    db = await openDb(config, { onQuery: (event) => captured.push(event) });
    // The steady state autovacuum keeps: statistics gathered and the GIN pending list merged into the index.
    await db.query(testDbKind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
    explain = testDbKind === 'postgres' ? explainPostgres : explainSqlite;
  });
  afterAll(async () => {
    await db?.close();
    await server?.stop();
    await database?.drop();
  });

  const scansCards = (step: PlanStep) => /^Seq Scan cards\b/.test(step) || /^SCAN (cards|Card)\b/.test(step);

  it('when a board loads, then its cards, columns and members are all read through indexes', async () => {
    const plans = await plansOf(() =>
      Promise.all([db.boards.findWithMembers(f.boardId), db.boards.findWithColumns(f.boardId), db.cards.listLiveByBoard(f.boardId)]),
    );

    expect(plans).toHaveLength(3);
    expect(plans.flat().filter(scansCards)).toEqual([]);
  });

  it('when a card is looked up by id, then its primary key answers', async () => {
    const plans = await plansOf(() => db.cards.findById(rareCardIds[0]!));

    expect(plans.flat().filter(scansCards)).toEqual([]);
    expect(plans.flat().join('\n')).toMatch(testDbKind === 'postgres' ? /Index Scan cards cards_pkey/ : /SEARCH .* USING INDEX/);
  });

  it('when cards are searched, then the full-text index answers, not a scan of cards', async () => {
    const plans = await plansOf(() => db.search.findMatches({ userId: f.owner.user.id, terms: ['zeppelin'], limit: 21 }));

    const steps = plans.flat();
    expect(steps.filter(scansCards)).toEqual([]);
    expect(steps.join('\n')).toMatch(testDbKind === 'postgres' ? /cards_search_idx/ : /cards_fts VIRTUAL TABLE INDEX/);
  });

  it('when the archive is paged, then the archive index answers and orders, first page and deeper ones', async () => {
    const plans = await plansOf(() =>
      Promise.all([db.cards.listArchivedByBoard(f.boardId, 2), db.cards.listArchivedByBoard(f.boardId, 2, archivedCards[0])]),
    );

    const steps = plans.flat();
    expect(plans).toHaveLength(2);
    expect(steps.filter(scansCards)).toEqual([]);
    expect(steps.filter((step) => /cards_board_archived_idx/.test(step))).toHaveLength(2);
    expect(steps.filter((step) => /^Sort\b|TEMP B-TREE/.test(step))).toEqual([]);
  });

  it("when a user's boards are listed, then the card counts come from the board index", async () => {
    const plans = await plansOf(() => db.boards.listForUser(f.owner.user.id));

    expect(plans.flat().filter(scansCards)).toEqual([]);
  });
});
