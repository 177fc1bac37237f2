import { z } from 'zod';
import { IdSchema, RoleSchema } from './common.ts';
import { limits } from './limits.ts';

export const MemberSchema = z
  .object({ userId: IdSchema, email: z.string(), name: z.string(), role: RoleSchema })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof MemberSchema>;

export const MemberListSchema = z.object({ members: z.array(MemberSchema) }).meta({ id: 'MemberList' });
export type MemberList = z.infer<typeof MemberListSchema>;

export const MemberResponseSchema = z.object({ member: MemberSchema }).meta({ id: 'MemberResponse' });
export type MemberResponse = z.infer<typeof MemberResponseSchema>;

export const AddMemberBodySchema = z
  .strictObject({ email: z.email().max(limits.emailMax), role: z.enum(['member', 'viewer']) })
  .meta({ id: 'AddMemberBody' });
export type AddMemberBody = z.infer<typeof AddMemberBodySchema>;

export const UpdateMemberBodySchema = z.strictObject({ role: RoleSchema }).meta({ id: 'UpdateMemberBody' });
export type UpdateMemberBody = z.infer<typeof UpdateMemberBodySchema>;
