import type { Db } from '@brisk/api-data-access-db';
import { notFound } from '@brisk/api-util-http';
import {
  defaultColumnNames,
  type Board,
  type BoardDetail,
  type BoardSummary,
  type Card,
  type Column,
  type CreateBoardBody,
  type UpdateBoardBody,
} from '@brisk/shared-contracts';
import { positionsBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';
import { assertRole } from './access.ts';

export function listBoards(db: Db, userId: string): Promise<BoardSummary[]> {
  return db.boards.listForUser(userId);
}

/** Cards arrive in (position, id) order for the whole board; grouping keeps that order within each column. */
export function groupCards(columns: Column[], cards: Card[]): BoardDetail['columns'] {
  const byColumn = new Map(columns.map((column) => [column.id, [] as Card[]]));
  for (const card of cards) byColumn.get(card.columnId)?.push(card);
  return columns.map((column) => ({ ...column, cards: byColumn.get(column.id) ?? [] }));
}

export async function createBoard(db: Db, userId: string, body: CreateBoardBody): Promise<BoardDetail> {
  const names = body.columns ?? [...defaultColumnNames];
  const boardId = uuidv7();
  return db.transaction(async (tx) => {
    const row = await tx.boards.insert({ id: boardId, name: body.name }, new Date());
    await tx.memberships.insert(boardId, userId, 'owner');
    const positions = positionsBetween(null, null, names.length);
    const columns = await tx.columns.insertMany(
      names.map((name, index) => ({ id: uuidv7(), boardId, name, position: positions[index]!, wipLimit: null })),
    );
    const board: Board = { id: row.id, name: row.name, role: 'owner', createdAt: row.createdAt.toISOString() };
    return { board, columns: groupCards(columns, []) };
  });
}

/** Four statements whatever the board's size: session (middleware), board + role, columns, cards. */
export async function getBoardDetail(db: Db, boardId: string, userId: string): Promise<BoardDetail> {
  const board = await db.boards.findForMember(boardId, userId);
  if (!board) throw notFound('Board');
  const [columns, cards] = await Promise.all([db.columns.listByBoard(boardId), db.cards.listLiveByBoard(boardId)]);
  return { board, columns: groupCards(columns, cards) };
}

export async function renameBoard(db: Db, boardId: string, userId: string, body: UpdateBoardBody): Promise<Board> {
  await assertRole(db, boardId, userId, 'owner');
  await db.boards.rename(boardId, body.name);
  const board = await db.boards.findForMember(boardId, userId);
  if (!board) throw notFound('Board');
  return board;
}

export async function deleteBoard(db: Db, boardId: string, userId: string): Promise<void> {
  await assertRole(db, boardId, userId, 'owner');
  await db.boards.delete(boardId);
}
