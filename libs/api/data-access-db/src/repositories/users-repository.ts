import type { User } from '@brisk/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import { isUniqueViolation } from '../normalize.ts';
import type { UserRow } from '../rows.ts';

export type NewUser = Pick<UserRow, 'id' | 'email' | 'name' | 'passwordHash'>;

export function toUser(row: Pick<UserRow, 'id' | 'email' | 'name'>): User {
  return { id: row.id, email: row.email, name: row.name };
}

export function createUsersRepository(manager: EntityManager, entities: Entities) {
  const users = manager.getRepository(entities.User);
  return {
    /** Emails are stored lower-cased; returns null when the email is taken. */
    async insert(user: NewUser): Promise<User | null> {
      try {
        await users.insert({ ...user, createdAt: new Date() });
        return toUser(user);
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
    },
    async findByEmail(email: string): Promise<UserRow | null> {
      return users.findOneBy({ email });
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
