import type { Card } from '@brisk/shared-contracts';
import { In, type EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import type { CardRow } from '../rows.ts';
import { createPositionQueries } from './position-queries.ts';

export function toCard(row: CardRow): Card {
  return {
    id: row.id,
    boardId: row.boardId,
    columnId: row.columnId,
    title: row.title,
    description: row.description,
    labels: row.labels,
    assigneeId: row.assigneeId,
    dueDate: row.dueDate,
    position: row.position,
    archived: row.archived,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type NewCard = Omit<CardRow, 'version' | 'archived' | 'createdAt' | 'updatedAt'>;
export type CardPatch = Partial<
  Pick<CardRow, 'title' | 'description' | 'labels' | 'assigneeId' | 'dueDate' | 'archived' | 'columnId' | 'position'>
>;

export function createCardsRepository(manager: EntityManager, entities: Entities) {
  const cards = manager.getRepository(entities.Card);
  return {
    positions: createPositionQueries(manager, entities.Card, 'columnId'),
    async findById(id: string): Promise<Card | null> {
      const row = await cards.findOneBy({ id });
      return row ? toCard(row) : null;
    },
    async findByIds(ids: string[]): Promise<Card[]> {
      if (ids.length === 0) return [];
      const rows = await cards.findBy({ id: In(ids) });
      return rows.map(toCard);
    },
    /** Every unarchived card of a board in (position, id) order: one statement on the partial index. */
    async listLiveByBoard(boardId: string): Promise<Card[]> {
      const rows = await cards.find({ where: { boardId, archived: false }, order: { position: 'ASC', id: 'ASC' } });
      return rows.map(toCard);
    },
    async insert(card: NewCard): Promise<Card> {
      const now = new Date();
      const row: CardRow = { ...card, archived: false, version: 1, createdAt: now, updatedAt: now };
      await cards.insert(row);
      return toCard(row);
    },
    async insertMany(rows: CardRow[]): Promise<void> {
      await cards.insert(rows);
    },
    /** Applies the patch only if the card is still at `version`; false when it has moved on (or is gone). */
    async updateIfVersion(id: string, version: number, patch: CardPatch): Promise<boolean> {
      const result = await cards.update({ id, version }, { ...patch, version: version + 1, updatedAt: new Date() });
      return (result.affected ?? 0) > 0;
    },
    async delete(id: string): Promise<void> {
      await cards.delete({ id });
    },
    async countInColumn(columnId: string): Promise<number> {
      return cards.countBy({ columnId });
    },
  };
}
export type CardsRepository = ReturnType<typeof createCardsRepository>;
