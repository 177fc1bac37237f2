import type { Db } from '@brisk/api-data-access-db';
import { positionsBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';
import type { SeededUser } from './ensure-users.ts';

export interface BoardShell {
  id: string;
  name: string;
  columnIds: string[];
}

const columnNames = ['Backlog', 'To do', 'Doing', 'Review', 'Done', 'Blocked', 'Icebox', 'QA', 'Staging', 'Released'];

function nameColumn(index: number): string {
  return columnNames[index] ?? `Column ${index + 1}`;
}

/** The board, its columns and the owner's membership in one transaction, so a board never exists half-made. */
export async function createBoardShell(db: Db, owner: SeededUser, name: string, columns: number): Promise<BoardShell> {
  const id = uuidv7();
  const positions = positionsBetween(null, null, columns);
  const columnRows = positions.map((position, index) => ({ id: uuidv7(), boardId: id, name: nameColumn(index), position, wipLimit: null }));
  await db.transaction(async (tx) => {
    await tx.boards.insert({ id, name }, new Date());
    await tx.memberships.insert(id, owner.id, 'owner');
    await tx.columns.insertMany(columnRows);
  });
  return { id, name, columnIds: columnRows.map((column) => column.id) };
}

/** Existing boards keep the columns they were made with: a rerun with another --columns does not reshape them. */
export async function readBoardShell(db: Db, id: string, name: string): Promise<BoardShell> {
  const found = await db.boards.findWithColumns(id);
  return { id, name, columnIds: found?.columns.map((column) => column.id) ?? [] };
}

/** Every seeded user can read and write every seeded board; a board just made has only its owner. */
export async function ensureMembers(db: Db, boardId: string, users: SeededUser[], created: boolean): Promise<void> {
  const missing: SeededUser[] = [];
  for (const user of created ? users.slice(1) : users) {
    if (created || !(await db.memberships.findRole(boardId, user.id))) missing.push(user);
  }
  if (missing.length === 0) return;
  await db.transaction(async (tx) => {
    for (const user of missing) await tx.memberships.insert(boardId, user.id, 'member');
  });
}
