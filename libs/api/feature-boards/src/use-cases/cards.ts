import { jsonCodec } from '@brisk/api-data-access-cache';
import type { BoardAccess, CardPatch, Repositories } from '@brisk/api-data-access-db';
import { notFound, validationFailed, versionConflict } from '@brisk/api-util-http';
import type { Card, CreateCardBody, MoveCardBody, UpdateCardBody } from '@brisk/shared-contracts';
import { positionBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';
import { assertRole, boardListKeys } from './access.ts';
import { cacheKeys } from './cache-keys.ts';
import { findColumn } from './columns.ts';
import type { BoardsDeps } from './deps.ts';
import { writeIfVersion } from './versioned.ts';

const cardCodec = jsonCodec<Card | null>();

async function findCard(db: Pick<Repositories, 'cards'>, cardId: string): Promise<Card> {
  const card = await db.cards.findById(cardId);
  if (!card) throw notFound('Card');
  return card;
}

function assertAssignable(access: BoardAccess, assigneeId: string | null | undefined): void {
  if (assigneeId && !access.members.some((member) => member.userId === assigneeId)) {
    throw validationFailed('The assignee must be a member of the board', [
      { path: 'body.assigneeId', message: 'Not a member of this board' },
    ]);
  }
}

/** A card change shows on the board (every role's view) and in the card itself; counts show in members' lists. */
function changedKeys(card: Card, access: BoardAccess, countChanged: boolean): string[] {
  return [cacheKeys.card(card.id), ...cacheKeys.boardViews(card.boardId), ...(countChanged ? boardListKeys(access) : [])];
}

export async function createCard(deps: BoardsDeps, columnId: string, userId: string, body: CreateCardBody): Promise<Card> {
  const column = await findColumn(deps.db, columnId);
  const { access } = await assertRole(deps, column.boardId, userId, 'member');
  assertAssignable(access, body.assigneeId);
  const card = await deps.db.transaction(async (tx) => {
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
  await deps.cache.invalidate(changedKeys(card, access, true));
  return card;
}

export async function getCard(deps: BoardsDeps, cardId: string, userId: string): Promise<Card> {
  const { value: card } = await deps.cache.getOrLoad(cacheKeys.card(cardId), cardCodec, () => deps.db.cards.findById(cardId));
  if (!card) throw notFound('Card');
  await assertRole(deps, card.boardId, userId, 'viewer');
  return card;
}

export async function updateCard(deps: BoardsDeps, cardId: string, userId: string, body: UpdateCardBody): Promise<Card> {
  const card = await findCard(deps.db, cardId);
  const { access } = await assertRole(deps, card.boardId, userId, 'member');
  assertAssignable(access, body.assigneeId);
  const { version, ...changes } = body;
  const patch: CardPatch = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const updated = await writeIfVersion(
    'Card',
    () => deps.db.cards.updateIfVersion(cardId, version, patch),
    () => deps.db.cards.findById(cardId),
  );
  await deps.cache.invalidate(changedKeys(updated, access, updated.archived !== card.archived));
  return updated;
}

export async function deleteCard(deps: BoardsDeps, cardId: string, userId: string): Promise<void> {
  const card = await findCard(deps.db, cardId);
  const { access } = await assertRole(deps, card.boardId, userId, 'member');
  await deps.db.cards.delete(cardId);
  await deps.cache.invalidate(changedKeys(card, access, !card.archived));
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
export async function moveCard(deps: BoardsDeps, cardId: string, userId: string, body: MoveCardBody): Promise<Card> {
  const card = await findCard(deps.db, cardId);
  const { access } = await assertRole(deps, card.boardId, userId, 'member');
  const target = await findColumn(deps.db, body.toColumnId);
  if (target.boardId !== card.boardId) throw notFound('Column');
  const moved = await deps.db.transaction(async (tx) => {
    await tx.lockColumn(body.toColumnId);
    const position = await positionForMove(tx, card, body);
    return writeIfVersion(
      'Card',
      () => tx.cards.updateIfVersion(cardId, body.version, { columnId: body.toColumnId, position }),
      () => tx.cards.findById(cardId),
    );
  });
  await deps.cache.invalidate(changedKeys(moved, access, false));
  return moved;
}
