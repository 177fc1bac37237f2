import { jsonCodec } from '@brisk/api-data-access-cache';
import type { BoardAccess } from '@brisk/api-data-access-db';
import { forbidden, notFound } from '@brisk/api-util-http';
import type { Role } from '@brisk/shared-contracts';
import { cacheKeys } from './cache-keys.ts';
import type { BoardsDeps } from './deps.ts';

const rank: Record<Role, number> = { viewer: 0, member: 1, owner: 2 };
const accessCodec = jsonCodec<BoardAccess | null>();

/** The board and its members, from the cache when it can: authorization runs on every request without SQL. */
export async function loadAccess({ db, cache }: BoardsDeps, boardId: string): Promise<BoardAccess | null> {
  const cached = await cache.getOrLoad(cacheKeys.access(boardId), accessCodec, () => db.boards.findWithMembers(boardId));
  return cached.value;
}

/**
 * The caller's role on the board, if it is at least `least`. A non-member gets 404, exactly as for a board that does
 * not exist, so board ids cannot be probed; a member without the role gets 403.
 */
export async function assertRole(deps: BoardsDeps, boardId: string, userId: string, least: Role) {
  const access = await loadAccess(deps, boardId);
  const role = access?.members.find((member) => member.userId === userId)?.role;
  if (!access || !role) throw notFound('Board');
  if (rank[role] < rank[least]) throw forbidden();
  return { role, access };
}

/** Cache keys of every member's board list: card counts and names show there. */
export function boardListKeys(access: BoardAccess): string[] {
  return access.members.map((member) => cacheKeys.boardList(member.userId));
}
