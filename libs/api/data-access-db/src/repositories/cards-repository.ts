import type { Card } from '@brisk/shared-contracts';
import { In, type EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import { toInt } from '../normalize.ts';
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

/** A new card is unarchived, at version 1, created and updated now. */
function withDefaults(newCards: NewCard[]): CardRow[] {
  const now = new Date();
  return newCards.map((card) => ({ ...card, archived: false, version: 1, createdAt: now, updatedAt: now }));
}

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
    /**
     * A board's archived cards, most recently archived first ((updated_at, id) descending), those after `after` in that
     * order: one statement on the archive index, as cheap for a deep page as for the first.
     */
    async listArchivedByBoard(boardId: string, limit: number, after?: Pick<Card, 'updatedAt' | 'id'>): Promise<Card[]> {
      const query = cards
        .createQueryBuilder('c')
        .where('c.boardId = :boardId AND c.archived = :archived', { boardId, archived: true });
      if (after) {
        query.andWhere('(c.updatedAt, c.id) < (:updatedAt, :id)', { updatedAt: new Date(after.updatedAt), id: after.id });
      }
      const rows = await query.orderBy('c.updatedAt', 'DESC').addOrderBy('c.id', 'DESC').limit(limit).getMany();
      return rows.map(toCard);
    },
    async insert(card: NewCard): Promise<Card> {
      const [row] = withDefaults([card]);
      await cards.insert(row!);
      return toCard(row!);
    },
    /** Bulk insert for seeding: one statement for all of them (keep batches within the driver's parameter limit). */
    async insertMany(newCards: NewCard[]): Promise<void> {
      await cards.insert(withDefaults(newCards));
    },
    /** Applies the patch only if the card is still at `version`; false when it has moved on (or is gone). */
    async updateIfVersion(id: string, version: number, patch: CardPatch): Promise<boolean> {
      const result = await cards.update({ id, version }, { ...patch, version: version + 1, updatedAt: new Date() });
      return (result.affected ?? 0) > 0;
    },
    async delete(id: string): Promise<void> {
      await cards.delete({ id });
    },
    /** How many cards the column holds, on the board and in the archive: one statement. */
    async countInColumn(columnId: string): Promise<{ cards: number; archivedCards: number }> {
      const row = await cards
        .createQueryBuilder('c')
        .select('COUNT(*)', 'total')
        .addSelect('COALESCE(SUM(CASE WHEN c.archived THEN 1 ELSE 0 END), 0)', 'archived')
        .where('c.columnId = :columnId', { columnId })
        .getRawOne<{ total: unknown; archived: unknown }>();
      const [total, archived] = [toInt(row?.total ?? 0), toInt(row?.archived ?? 0)];
      return { cards: total - archived, archivedCards: archived };
    },
  };
}
export type CardsRepository = ReturnType<typeof createCardsRepository>;
