import type { BoardsDeps } from '../use-cases/deps.ts';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { addMember, listMembers, removeMember, updateMember } from '../use-cases/members.ts';

export function bindMemberRoutes(router: Router, deps: BoardsDeps): void {
  bindRoute(router, apiRoutes.listMembers, async ({ params }, { caller }) => ({
    members: await listMembers(deps, params.boardId, caller.id),
  }));
  bindRoute(router, apiRoutes.addMember, async ({ params, body }, { caller }) => ({
    member: await addMember(deps, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.updateMember, async ({ params, body }, { caller }) => ({
    member: await updateMember(deps, params.boardId, caller.id, params.userId, body),
  }));
  bindRoute(router, apiRoutes.removeMember, async ({ params }, { caller }) =>
    removeMember(deps, params.boardId, caller.id, params.userId),
  );
}
