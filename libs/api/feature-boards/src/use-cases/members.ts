import type { Db, Repositories } from '@brisk/api-data-access-db';
import { AppError, forbidden, notFound } from '@brisk/api-util-http';
import type { AddMemberBody, Member, Role, UpdateMemberBody } from '@brisk/shared-contracts';
import { assertRole } from './access.ts';

const lastOwner = () =>
  new AppError('A board needs at least one owner: make someone else owner first', { status: 409, code: 'LAST_OWNER' });

async function findMember(db: Repositories, boardId: string, userId: string): Promise<Member> {
  const member = (await db.memberships.list(boardId)).find((candidate) => candidate.userId === userId);
  if (!member) throw notFound('Member');
  return member;
}

async function assertNotLastOwner(db: Repositories, boardId: string, member: Member, nextRole: Role | null): Promise<void> {
  if (member.role === 'owner' && nextRole !== 'owner' && (await db.memberships.countOwners(boardId)) <= 1) {
    throw lastOwner();
  }
}

export async function listMembers(db: Db, boardId: string, userId: string): Promise<Member[]> {
  await assertRole(db, boardId, userId, 'viewer');
  return db.memberships.list(boardId);
}

export async function addMember(db: Db, boardId: string, userId: string, body: AddMemberBody): Promise<Member> {
  await assertRole(db, boardId, userId, 'owner');
  const invitee = await db.users.findByEmail(body.email.trim().toLowerCase());
  if (!invitee) throw new AppError('No account uses that email', { status: 404, code: 'NOT_FOUND' });
  if (await db.memberships.findRole(boardId, invitee.id)) {
    throw new AppError('That user is already a member of this board', { status: 409, code: 'ALREADY_MEMBER' });
  }
  await db.memberships.insert(boardId, invitee.id, body.role);
  return { userId: invitee.id, email: invitee.email, name: invitee.name, role: body.role };
}

export async function updateMember(
  db: Db,
  boardId: string,
  userId: string,
  memberId: string,
  body: UpdateMemberBody,
): Promise<Member> {
  await assertRole(db, boardId, userId, 'owner');
  return db.transaction(async (tx) => {
    await tx.lockBoard(boardId);
    const member = await findMember(tx, boardId, memberId);
    await assertNotLastOwner(tx, boardId, member, body.role);
    await tx.memberships.setRole(boardId, memberId, body.role);
    return { ...member, role: body.role };
  });
}

// Both role changes lock the board row so two owners demoting each other at once cannot leave the board ownerless.

/** Owners remove anyone; any member may leave. The last owner can do neither. */
export async function removeMember(db: Db, boardId: string, userId: string, memberId: string): Promise<void> {
  const role = await assertRole(db, boardId, userId, 'viewer');
  if (role !== 'owner' && memberId !== userId) throw forbidden();
  await db.transaction(async (tx) => {
    await tx.lockBoard(boardId);
    const member = await findMember(tx, boardId, memberId);
    await assertNotLastOwner(tx, boardId, member, null);
    await tx.memberships.delete(boardId, memberId);
  });
}
