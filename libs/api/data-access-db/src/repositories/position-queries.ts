import type { Positioned } from '@brisk/shared-util-ordering';
import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';

/**
 * Neighbour look-ups in the total order (position, id) of the rows that share a scope (the cards of a column, the
 * columns of a board); each is one indexed statement.
 */
export function createPositionQueries<T extends ObjectLiteral & Positioned>(
  manager: EntityManager,
  entity: EntitySchema<T>,
  scopeField: string,
) {
  const inScope = (scope: string) =>
    manager
      .createQueryBuilder(entity, 'x')
      .select(['x.id', 'x.position'])
      .where(`x.${scopeField} = :scope`, { scope });
  const firstOf = async (query: ReturnType<typeof inScope>, direction: 'ASC' | 'DESC') => {
    const row = await query.orderBy('x.position', direction).addOrderBy('x.id', direction).limit(1).getOne();
    return row ? { id: row.id, position: row.position } : null;
  };
  return {
    first: (scope: string) => firstOf(inScope(scope), 'ASC'),
    last: (scope: string) => firstOf(inScope(scope), 'DESC'),
    after: (scope: string, item: Positioned) =>
      firstOf(
        inScope(scope).andWhere('(x.position > :position OR (x.position = :position AND x.id > :id))', item),
        'ASC',
      ),
    before: (scope: string, item: Positioned) =>
      firstOf(
        inScope(scope).andWhere('(x.position < :position OR (x.position = :position AND x.id < :id))', item),
        'DESC',
      ),
  };
}
export type PositionQueries = ReturnType<typeof createPositionQueries>;
