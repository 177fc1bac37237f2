import type { User } from '@brisk/shared-contracts';
import { LessThan, type EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import { toIso } from '../normalize.ts';
import type { SessionRow } from '../rows.ts';
import { toUser } from './users-repository.ts';

export function createSessionsRepository(manager: EntityManager, entities: Entities) {
  const sessions = manager.getRepository(entities.Session);
  return {
    async insert(session: SessionRow): Promise<void> {
      await sessions.insert(session);
    },
    /** One statement: the session's user and expiry, if the session exists and has not expired. */
    async findUser(tokenHash: string, now: Date): Promise<{ user: User; expiresAt: Date } | null> {
      const row = await manager
        .createQueryBuilder()
        .select(['u.id AS id', 'u.email AS email', 'u.name AS name', 's.expires_at AS expires_at'])
        .from(entities.User, 'u')
        .innerJoin(entities.Session.options.name, 's', 's.user_id = u.id')
        .where('s.id = :tokenHash AND s.expires_at > :now', { tokenHash, now })
        .getRawOne<{ id: string; email: string; name: string; expires_at: unknown }>();
      return row ? { user: toUser(row), expiresAt: new Date(toIso(row.expires_at)) } : null;
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
