import type { Db } from '@brisk/api-data-access-db';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { addMember, listMembers, removeMember, updateMember } from '../use-cases/members.ts';

export function bindMemberRoutes(router: Router, db: Db): void {
  bindRoute(router, apiRoutes.listMembers, async ({ params }, { caller }) => ({
    members: await listMembers(db, params.boardId, caller.id),
  }));
  bindRoute(router, apiRoutes.addMember, async ({ params, body }, { caller }) => ({
    member: await addMember(db, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.updateMember, async ({ params, body }, { caller }) => ({
    member: await updateMember(db, params.boardId, caller.id, params.userId, body),
  }));
  bindRoute(router, apiRoutes.removeMember, async ({ params }, { caller }) =>
    removeMember(db, params.boardId, caller.id, params.userId),
  );
}
