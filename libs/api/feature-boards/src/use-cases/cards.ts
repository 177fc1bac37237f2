import type { CardPatch, Db, Repositories } from '@brisk/api-data-access-db';
import { notFound, validationFailed, versionConflict } from '@brisk/api-util-http';
import type { Card, CreateCardBody, MoveCardBody, UpdateCardBody } from '@brisk/shared-contracts';
import { positionBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';
import { assertRole } from './access.ts';
import { findColumn } from './columns.ts';
import { writeIfVersion } from './versioned.ts';

async function findCard(db: Pick<Repositories, 'cards'>, cardId: string): Promise<Card> {
  const card = await db.cards.findById(cardId);
  if (!card) throw notFound('Card');
  return card;
}

async function assertAssignable(db: Db, boardId: string, assigneeId: string | null | undefined): Promise<void> {
  if (assigneeId && !(await db.memberships.findRole(boardId, assigneeId))) {
    throw validationFailed('The assignee must be a member of the board', [
      { path: 'body.assigneeId', message: 'Not a member of this board' },
    ]);
  }
}

export async function createCard(db: Db, columnId: string, userId: string, body: CreateCardBody): Promise<Card> {
  const column = await findColumn(db, columnId);
  await assertRole(db, column.boardId, userId, 'member');
  await assertAssignable(db, column.boardId, body.assigneeId);
  return db.transaction(async (tx) => {
    await tx.lockColumn(columnId);
    const last = await tx.cards.positions.last(columnId);
    return tx.cards.insert({
      id: uuidv7(),
      boardId: column.boardId,
      columnId,
      title: body.title,
      description: body.description ?? '',
      labels: body.labels ?? [],
      assigneeId: body.assigneeId ?? null,
      dueDate: body.dueDate ?? null,
      position: positionBetween(last?.position ?? null, null),
    });
  });
}

export async function getCard(db: Db, cardId: string, userId: string): Promise<Card> {
  const card = await findCard(db, cardId);
  await assertRole(db, card.boardId, userId, 'viewer');
  return card;
}

export async function updateCard(db: Db, cardId: string, userId: string, body: UpdateCardBody): Promise<Card> {
  const card = await findCard(db, cardId);
  await assertRole(db, card.boardId, userId, 'member');
  await assertAssignable(db, card.boardId, body.assigneeId);
  const { version, ...changes } = body;
  const patch: CardPatch = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  return writeIfVersion(
    'Card',
    () => db.cards.updateIfVersion(cardId, version, patch),
    () => db.cards.findById(cardId),
  );
}

export async function deleteCard(db: Db, cardId: string, userId: string): Promise<void> {
  const card = await findCard(db, cardId);
  await assertRole(db, card.boardId, userId, 'member');
  await db.cards.delete(cardId);
}

/** The key between the new neighbours; an anchor card that has left the target column means the client's view is stale. */
async function positionForMove(tx: Repositories, card: Card, body: MoveCardBody): Promise<string> {
  const anchorId = body.afterCardId ?? body.beforeCardId;
  if (!anchorId) {
    const first = await tx.cards.positions.first(body.toColumnId);
    return positionBetween(null, first?.position ?? null);
  }
  if (anchorId === card.id) throw validationFailed('A card cannot be placed next to itself');
  const anchor = await tx.cards.findById(anchorId);
  if (!anchor || anchor.columnId !== body.toColumnId) throw versionConflict(card);
  if (body.afterCardId) {
    const next = await tx.cards.positions.after(body.toColumnId, anchor);
    return positionBetween(anchor.position, next?.position ?? null);
  }
  const previous = await tx.cards.positions.before(body.toColumnId, anchor);
  return positionBetween(previous?.position ?? null, anchor.position);
}

/** One row updated per move; moves into a column are serialized so concurrent ones never share a key. */
export async function moveCard(db: Db, cardId: string, userId: string, body: MoveCardBody): Promise<Card> {
  const card = await findCard(db, cardId);
  await assertRole(db, card.boardId, userId, 'member');
  const target = await findColumn(db, body.toColumnId);
  if (target.boardId !== card.boardId) throw notFound('Column');
  return db.transaction(async (tx) => {
    await tx.lockColumn(body.toColumnId);
    const position = await positionForMove(tx, card, body);
    return writeIfVersion(
      'Card',
      () => tx.cards.updateIfVersion(cardId, body.version, { columnId: body.toColumnId, position }),
      () => tx.cards.findById(cardId),
    );
  });
}
