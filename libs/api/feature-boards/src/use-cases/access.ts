import type { Repositories } from '@brisk/api-data-access-db';
import { forbidden, notFound } from '@brisk/api-util-http';
import type { Role } from '@brisk/shared-contracts';

const rank: Record<Role, number> = { viewer: 0, member: 1, owner: 2 };

/**
 * The caller's role on the board, if it is at least `least`. A non-member gets 404, exactly as for a board that does
 * not exist, so board ids cannot be probed; a member without the role gets 403.
 */
export async function assertRole(db: Pick<Repositories, 'memberships'>, boardId: string, userId: string, least: Role) {
  const role = await db.memberships.findRole(boardId, userId);
  if (!role) throw notFound('Board');
  if (rank[role] < rank[least]) throw forbidden();
  return role;
}
