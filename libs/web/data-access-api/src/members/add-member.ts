import type { AddMemberBody, Member, MemberResponse } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function addMember(boardId: string, body: AddMemberBody): Promise<Member> {
  const { member } = await requestJson<MemberResponse>(apiPaths.members(boardId), { method: 'POST', body });
  return member;
}
