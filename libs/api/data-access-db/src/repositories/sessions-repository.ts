import type { User } from '@brisk/shared-contracts';
import { LessThan, type EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import type { SessionRow } from '../rows.ts';
import { toUser } from './users-repository.ts';

export function createSessionsRepository(manager: EntityManager, entities: Entities) {
  const sessions = manager.getRepository(entities.Session);
  return {
    async insert(session: SessionRow): Promise<void> {
      await sessions.insert(session);
    },
    /** One statement: the session and its user, if the session exists and has not expired. */
    async findUser(tokenHash: string, now: Date): Promise<User | null> {
      const row = await manager
        .createQueryBuilder(entities.User, 'u')
        .innerJoin(entities.Session.options.name, 's', 's.userId = u.id')
        .where('s.id = :tokenHash AND s.expiresAt > :now', { tokenHash, now })
        .getOne();
      return row ? toUser(row) : null;
    },
    async delete(tokenHash: string): Promise<void> {
      await sessions.delete({ id: tokenHash });
    },
    async deleteExpired(now: Date): Promise<number> {
      const result = await sessions.delete({ expiresAt: LessThan(now) });
      return result.affected ?? 0;
    },
  };
}
export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
