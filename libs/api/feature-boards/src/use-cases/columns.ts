import type { ColumnPatch, Db, Repositories } from '@brisk/api-data-access-db';
import { AppError, notFound, validationFailed } from '@brisk/api-util-http';
import type { Column, CreateColumnBody, UpdateColumnBody } from '@brisk/shared-contracts';
import { positionBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';
import { assertRole } from './access.ts';
import { writeIfVersion } from './versioned.ts';

async function findColumn(db: Pick<Repositories, 'columns'>, columnId: string): Promise<Column> {
  const column = await db.columns.findById(columnId);
  if (!column) throw notFound('Column');
  return column;
}

export async function createColumn(db: Db, boardId: string, userId: string, body: CreateColumnBody): Promise<Column> {
  await assertRole(db, boardId, userId, 'member');
  return db.transaction(async (tx) => {
    await tx.lockBoard(boardId);
    const last = await tx.columns.positions.last(boardId);
    const [column] = await tx.columns.insertMany([
      { id: uuidv7(), boardId, name: body.name, wipLimit: body.wipLimit ?? null, position: positionBetween(last?.position ?? null, null) },
    ]);
    return column!;
  });
}

/** `afterColumnId: null` puts the column first; a column of another board is refused. */
async function positionAfter(tx: Repositories, column: Column, afterColumnId: string | null): Promise<string> {
  if (afterColumnId === null) {
    const first = await tx.columns.positions.first(column.boardId);
    return positionBetween(null, first?.position ?? null);
  }
  if (afterColumnId === column.id) throw validationFailed('A column cannot go after itself');
  const anchor = await tx.columns.findById(afterColumnId);
  if (!anchor || anchor.boardId !== column.boardId) throw validationFailed('afterColumnId is not a column of this board');
  const next = await tx.columns.positions.after(column.boardId, anchor);
  return positionBetween(anchor.position, next?.position ?? null);
}

export async function updateColumn(db: Db, columnId: string, userId: string, body: UpdateColumnBody): Promise<Column> {
  const column = await findColumn(db, columnId);
  await assertRole(db, column.boardId, userId, 'member');
  return db.transaction(async (tx) => {
    const patch: ColumnPatch = {};
    if (body.name !== undefined) patch.name = body.name;
    if (body.wipLimit !== undefined) patch.wipLimit = body.wipLimit;
    if (body.afterColumnId !== undefined) {
      await tx.lockBoard(column.boardId);
      patch.position = await positionAfter(tx, column, body.afterColumnId);
    }
    return writeIfVersion(
      'Column',
      () => tx.columns.updateIfVersion(columnId, body.version, patch),
      () => tx.columns.findById(columnId),
    );
  });
}

/** Refused while the column holds cards, archived ones included, so deleting a column never deletes a card. */
export async function deleteColumn(db: Db, columnId: string, userId: string): Promise<void> {
  const column = await findColumn(db, columnId);
  await assertRole(db, column.boardId, userId, 'member');
  await db.transaction(async (tx) => {
    await tx.lockColumn(columnId);
    const count = await tx.cards.countInColumn(columnId);
    if (count > 0) {
      throw new AppError(`The column still holds ${count} card(s); move or delete them first`, {
        status: 409,
        code: 'COLUMN_NOT_EMPTY',
        details: { cardCount: count },
      });
    }
    await tx.columns.delete(columnId);
  });
}

export { findColumn };
