import type { Db } from '@brisk/api-data-access-db';
import { hashPassword } from '@brisk/api-feature-auth';
import { v7 as uuidv7 } from 'uuid';

export const seedPassword = 'brisk-perf-password';

export interface SeededUser {
  id: string;
  email: string;
}

export function seedEmail(index: number): string {
  return `user${index + 1}@brisk.test`;
}

/**
 * user1 … userN, creating only the missing ones. scrypt is deliberately slow (~100 ms), so the hash is computed once,
 * and only if some user is missing, and shared by every user.
 */
export async function ensureUsers(db: Db, count: number): Promise<SeededUser[]> {
  let passwordHash: Promise<string> | undefined;
  const users: SeededUser[] = [];
  for (let index = 0; index < count; index++) {
    const email = seedEmail(index);
    const existing = await db.users.findByEmail(email);
    if (existing) {
      users.push({ id: existing.id, email });
      continue;
    }
    passwordHash ??= hashPassword(seedPassword);
    const id = uuidv7();
    const inserted = await db.users.insert({ id, email, name: `Perf User ${index + 1}`, passwordHash: await passwordHash });
    if (!inserted) throw new Error(`${email} appeared while seeding: is another seeder running?`);
    users.push({ id, email });
  }
  return users;
}
