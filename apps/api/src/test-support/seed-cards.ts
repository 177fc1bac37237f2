import type { Db, NewCard } from '@brisk/api-data-access-db';
import { positionsBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';

const words = ['login', 'cache', 'deploy', 'search', 'billing', 'layout', 'metrics', 'export', 'invite', 'archive'];

/** Bulk-inserts `count` cards spread over the columns, bypassing the API: for size-dependence tests. */
export async function seedCards(db: Db, boardId: string, columnIds: string[], count: number): Promise<void> {
  const perColumn = Math.ceil(count / columnIds.length);
  const rows: NewCard[] = columnIds.flatMap((columnId, c) =>
    positionsBetween(null, null, perColumn).map((position, i) => ({
      id: uuidv7(),
      boardId,
      columnId,
      title: `${words[(c * perColumn + i) % words.length]} task ${c * perColumn + i}`,
      description: `seeded card ${i} of column ${c}`,
      labels: [],
      assigneeId: null,
      dueDate: null,
      position,
    })),
  ).slice(0, count);
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 200) await tx.cards.insertMany(rows.slice(start, start + 200));
  });
}
