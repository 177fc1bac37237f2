import type { EntityManager } from 'typeorm';
import type { DbKind } from './config.ts';
import type { Entities } from './entities.ts';
import { createBoardsRepository } from './repositories/boards-repository.ts';
import { createCardsRepository } from './repositories/cards-repository.ts';
import { createColumnsRepository } from './repositories/columns-repository.ts';
import { createMembershipsRepository } from './repositories/memberships-repository.ts';
import { createSessionsRepository } from './repositories/sessions-repository.ts';
import { createLocks } from './repositories/locks.ts';
import { createUsersRepository } from './repositories/users-repository.ts';
import { createPostgresCardSearch } from './search/postgres-card-search.ts';
import { createSqliteCardSearch } from './search/sqlite-card-search.ts';

export function createRepositories(manager: EntityManager, entities: Entities, kind: DbKind) {
  const locks = createLocks(manager, kind);
  return {
    users: createUsersRepository(manager, entities),
    sessions: createSessionsRepository(manager, entities),
    boards: createBoardsRepository(manager, entities),
    memberships: createMembershipsRepository(manager, entities),
    columns: createColumnsRepository(manager, entities),
    cards: createCardsRepository(manager, entities),
    /** Row locks for placing rows among siblings; see locks.ts. */
    lockColumn: (id: string) => locks.forUpdate(entities.Column, id),
    lockBoard: (id: string) => locks.forUpdate(entities.Board, id),
    search: kind === 'postgres' ? createPostgresCardSearch(manager) : createSqliteCardSearch(manager),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
