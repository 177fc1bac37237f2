import type { Member, MemberResponse, UpdateMemberBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function updateMember(boardId: string, userId: string, body: UpdateMemberBody): Promise<Member> {
  const path = apiPaths.member(boardId, userId);
  const { member } = await requestJson<MemberResponse>(path, { method: 'PATCH', body });
  return member;
}
