import type { Role } from '@brisk/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';

export function createMembershipsRepository(manager: EntityManager, entities: Entities) {
  const memberships = manager.getRepository(entities.Membership);
  return {
    async findRole(boardId: string, userId: string): Promise<Role | null> {
      const row = await memberships.findOne({ select: { role: true }, where: { boardId, userId } });
      return row?.role ?? null;
    },
    async insert(boardId: string, userId: string, role: Role): Promise<void> {
      await memberships.insert({ boardId, userId, role, createdAt: new Date() });
    },
    async setRole(boardId: string, userId: string, role: Role): Promise<void> {
      await memberships.update({ boardId, userId }, { role });
    },
    async delete(boardId: string, userId: string): Promise<void> {
      await memberships.delete({ boardId, userId });
    },
    async countOwners(boardId: string): Promise<number> {
      return memberships.countBy({ boardId, role: 'owner' });
    },
  };
}
export type MembershipsRepository = ReturnType<typeof createMembershipsRepository>;
