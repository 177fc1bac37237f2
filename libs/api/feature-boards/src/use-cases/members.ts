import type { BoardAccess, Repositories } from '@brisk/api-data-access-db';
import { AppError, forbidden, notFound } from '@brisk/api-util-http';
import type { AddMemberBody, Member, Role, UpdateMemberBody } from '@brisk/shared-contracts';
import { assertRole } from './access.ts';
import { cacheKeys } from './cache-keys.ts';
import type { BoardsDeps } from './deps.ts';

const lastOwner = () =>
  new AppError('A board needs at least one owner: make someone else owner first', { status: 409, code: 'LAST_OWNER' });

function findMember(access: BoardAccess, userId: string): Member {
  const member = access.members.find((candidate) => candidate.userId === userId);
  if (!member) throw notFound('Member');
  return member;
}

/** Re-reads the member's role under the board lock: the cached one may be a moment old. */
async function assertNotLastOwner(tx: Repositories, boardId: string, memberId: string, nextRole: Role | null) {
  const current = await tx.memberships.findRole(boardId, memberId);
  if (!current) throw notFound('Member');
  if (current === 'owner' && nextRole !== 'owner' && (await tx.memberships.countOwners(boardId)) <= 1) {
    throw lastOwner();
  }
}

/** A membership change shows in the board's access list and in the affected user's own board list. */
const membershipKeys = (boardId: string, userId: string) => [cacheKeys.access(boardId), cacheKeys.boardList(userId)];

export async function listMembers(deps: BoardsDeps, boardId: string, userId: string): Promise<Member[]> {
  return (await assertRole(deps, boardId, userId, 'viewer')).access.members;
}

export async function addMember(deps: BoardsDeps, boardId: string, userId: string, body: AddMemberBody): Promise<Member> {
  const { access } = await assertRole(deps, boardId, userId, 'owner');
  const invitee = await deps.db.users.findByEmail(body.email.trim().toLowerCase());
  if (!invitee) throw new AppError('No account uses that email', { status: 404, code: 'NOT_FOUND' });
  if (access.members.some((member) => member.userId === invitee.id)) {
    throw new AppError('That user is already a member of this board', { status: 409, code: 'ALREADY_MEMBER' });
  }
  await deps.db.memberships.insert(boardId, invitee.id, body.role);
  await deps.cache.invalidate(membershipKeys(boardId, invitee.id));
  return { userId: invitee.id, email: invitee.email, name: invitee.name, role: body.role };
}

// Role changes lock the board row so two owners demoting each other at once cannot leave the board ownerless.

export async function updateMember(
  deps: BoardsDeps,
  boardId: string,
  userId: string,
  memberId: string,
  body: UpdateMemberBody,
): Promise<Member> {
  const { access } = await assertRole(deps, boardId, userId, 'owner');
  const member = findMember(access, memberId);
  await deps.db.transaction(async (tx) => {
    await tx.lockBoard(boardId);
    await assertNotLastOwner(tx, boardId, memberId, body.role);
    await tx.memberships.setRole(boardId, memberId, body.role);
  });
  await deps.cache.invalidate(membershipKeys(boardId, memberId));
  return { ...member, role: body.role };
}

/** Owners remove anyone; any member may leave. The last owner can do neither. */
export async function removeMember(deps: BoardsDeps, boardId: string, userId: string, memberId: string): Promise<void> {
  const { role, access } = await assertRole(deps, boardId, userId, 'viewer');
  if (role !== 'owner' && memberId !== userId) throw forbidden();
  findMember(access, memberId);
  await deps.db.transaction(async (tx) => {
    await tx.lockBoard(boardId);
    await assertNotLastOwner(tx, boardId, memberId, null);
    await tx.memberships.delete(boardId, memberId);
  });
  await deps.cache.invalidate(membershipKeys(boardId, memberId));
}

