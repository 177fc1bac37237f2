import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';
import type { DbKind } from '../config.ts';

/**
 * Serializes writers that place rows among siblings (card moves and appends lock the column, column moves lock the
 * board) so two of them never compute the same position key. PostgreSQL takes a row lock inside the caller's
 * transaction; SQLite needs none, as the Db already runs its transactions one at a time.
 */
export function createLocks(manager: EntityManager, kind: DbKind) {
  return {
    async forUpdate<T extends ObjectLiteral>(entity: EntitySchema<T>, id: string): Promise<void> {
      if (kind !== 'postgres') return;
      await manager.createQueryBuilder(entity, 'x').select('x.id').where('x.id = :id', { id }).setLock('pessimistic_write').getOne();
    },
  };
}
