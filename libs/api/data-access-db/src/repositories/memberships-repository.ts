import type { Member, Role } from '@brisk/shared-contracts';
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
    async list(boardId: string): Promise<Member[]> {
      const rows = await manager
        .createQueryBuilder()
        .select(['m.user_id AS user_id', 'm.role AS role', 'u.email AS email', 'u.name AS name'])
        .from(entities.Membership, 'm')
        .innerJoin(entities.User.options.name, 'u', 'u.id = m.user_id')
        .where('m.board_id = :boardId', { boardId })
        .orderBy('m.created_at', 'ASC')
        .addOrderBy('u.email', 'ASC')
        .getRawMany<{ user_id: string; role: Role; email: string; name: string }>();
      return rows.map((row) => ({ userId: row.user_id, email: row.email, name: row.name, role: row.role }));
    },
  };
}
export type MembershipsRepository = ReturnType<typeof createMembershipsRepository>;
