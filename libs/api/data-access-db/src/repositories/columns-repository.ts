import type { Column } from '@brisk/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import type { ColumnRow } from '../rows.ts';
import { createPositionQueries } from './position-queries.ts';

export function toColumn(row: ColumnRow): Column {
  return {
    id: row.id,
    boardId: row.boardId,
    name: row.name,
    wipLimit: row.wipLimit,
    position: row.position,
    version: row.version,
  };
}

export type ColumnPatch = Partial<Pick<ColumnRow, 'name' | 'wipLimit' | 'position'>>;

export function createColumnsRepository(manager: EntityManager, entities: Entities) {
  const columns = manager.getRepository(entities.Column);
  return {
    positions: createPositionQueries(manager, entities.Column, 'boardId'),
    async findById(id: string): Promise<Column | null> {
      const row = await columns.findOneBy({ id });
      return row ? toColumn(row) : null;
    },
    async insertMany(rows: Omit<ColumnRow, 'version' | 'createdAt'>[]): Promise<Column[]> {
      const now = new Date();
      const full = rows.map((row) => ({ ...row, version: 1, createdAt: now }));
      await columns.insert(full);
      return full.map(toColumn);
    },
    /** Applies the patch only if the row is still at `version`; false when it has moved on (or is gone). */
    async updateIfVersion(id: string, version: number, patch: ColumnPatch): Promise<boolean> {
      const result = await columns.update({ id, version }, { ...patch, version: version + 1 });
      return (result.affected ?? 0) > 0;
    },
    async delete(id: string): Promise<void> {
      await columns.delete({ id });
    },
  };
}
export type ColumnsRepository = ReturnType<typeof createColumnsRepository>;
