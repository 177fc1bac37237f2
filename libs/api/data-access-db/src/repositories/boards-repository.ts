import type { Board, BoardSummary, Role } from '@brisk/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import { toIso, toInt } from '../normalize.ts';
import type { BoardRow } from '../rows.ts';

export function createBoardsRepository(manager: EntityManager, entities: Entities) {
  const boards = manager.getRepository(entities.Board);
  return {
    async insert(board: Pick<BoardRow, 'id' | 'name'>, now: Date): Promise<BoardRow> {
      const row = { ...board, createdAt: now, updatedAt: now };
      await boards.insert(row);
      return row;
    },
    /** The board and the user's role on it in one statement; null when the board is missing or the user is no member. */
    async findForMember(boardId: string, userId: string): Promise<Board | null> {
      const row = await manager
        .createQueryBuilder()
        .select(['b.id AS id', 'b.name AS name', 'b.created_at AS created_at', 'm.role AS role'])
        .from(entities.Board, 'b')
        .innerJoin(entities.Membership.options.name, 'm', 'm.board_id = b.id AND m.user_id = :userId', { userId })
        .where('b.id = :boardId', { boardId })
        .getRawOne<{ id: string; name: string; created_at: unknown; role: Role }>();
      return row ? { id: row.id, name: row.name, role: row.role, createdAt: toIso(row.created_at) } : null;
    },
    async rename(id: string, name: string): Promise<void> {
      await boards.update({ id }, { name, updatedAt: new Date() });
    },
    async delete(id: string): Promise<void> {
      await boards.delete({ id });
    },
    /** The caller's boards, newest first, with the number of unarchived cards on each: one statement. */
    async listForUser(userId: string): Promise<BoardSummary[]> {
      const rows = await manager
        .createQueryBuilder()
        .select(['b.id AS id', 'b.name AS name', 'b.created_at AS created_at', 'm.role AS role'])
        .addSelect(
          (sub) =>
            sub
              .select('COUNT(*)')
              .from(entities.Card, 'c')
              .where('c.board_id = b.id')
              .andWhere('c.archived = :archived', { archived: false }),
          'card_count',
        )
        .from(entities.Membership, 'm')
        .innerJoin(entities.Board.options.name, 'b', 'b.id = m.board_id')
        .where('m.user_id = :userId', { userId })
        .orderBy('b.created_at', 'DESC')
        .addOrderBy('b.id', 'DESC')
        .getRawMany<{ id: string; name: string; created_at: unknown; role: Role; card_count: unknown }>();
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        role: row.role,
        cardCount: toInt(row.card_count),
        createdAt: toIso(row.created_at),
      }));
    },
  };
}
export type BoardsRepository = ReturnType<typeof createBoardsRepository>;
