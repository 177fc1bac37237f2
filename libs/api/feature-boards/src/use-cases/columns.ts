import type { ColumnPatch, Repositories } from '@brisk/api-data-access-db';
import { AppError, notFound, validationFailed } from '@brisk/api-util-http';
import type { Column, CreateColumnBody, UpdateColumnBody } from '@brisk/shared-contracts';
import { positionBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';
import { assertRole } from './access.ts';
import { cacheKeys } from './cache-keys.ts';
import type { BoardsDeps } from './deps.ts';
import { writeIfVersion } from './versioned.ts';

export async function findColumn(db: Pick<Repositories, 'columns'>, columnId: string): Promise<Column> {
  const column = await db.columns.findById(columnId);
  if (!column) throw notFound('Column');
  return column;
}

export async function createColumn(deps: BoardsDeps, boardId: string, userId: string, body: CreateColumnBody): Promise<Column> {
  await assertRole(deps, boardId, userId, 'member');
  const column = await deps.db.transaction(async (tx) => {
    await tx.lockBoard(boardId);
    const last = await tx.columns.positions.last(boardId);
    const position = positionBetween(last?.position ?? null, null);
    const [created] = await tx.columns.insertMany([
      { id: uuidv7(), boardId, name: body.name, wipLimit: body.wipLimit ?? null, position },
    ]);
    return created!;
  });
  await deps.cache.invalidate(cacheKeys.boardViews(boardId));
  return column;
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

export async function updateColumn(deps: BoardsDeps, columnId: string, userId: string, body: UpdateColumnBody): Promise<Column> {
  const column = await findColumn(deps.db, columnId);
  await assertRole(deps, column.boardId, userId, 'member');
  const updated = await deps.db.transaction(async (tx) => {
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
  await deps.cache.invalidate(cacheKeys.boardViews(column.boardId));
  return updated;
}

/**
 * Refused while the column holds cards, archived ones included (the delete would cascade to them, and an archived card
 * keeps its column to come back to), so deleting a column never deletes a card. Both counts go back, so the UI can
 * say which to restore, move or delete.
 */
export async function deleteColumn(deps: BoardsDeps, columnId: string, userId: string): Promise<void> {
  const column = await findColumn(deps.db, columnId);
  await assertRole(deps, column.boardId, userId, 'member');
  await deps.db.transaction(async (tx) => {
    await tx.lockColumn(columnId);
    const held = await tx.cards.countInColumn(columnId);
    if (held.cards + held.archivedCards > 0) {
      const what = `${held.cards} card(s) and ${held.archivedCards} archived card(s)`;
      throw new AppError(`The column still holds ${what}; move, restore or delete them first`, {
        status: 409,
        code: 'COLUMN_NOT_EMPTY',
        details: held,
      });
    }
    await tx.columns.delete(columnId);
  });
  await deps.cache.invalidate(cacheKeys.boardViews(column.boardId));
}
