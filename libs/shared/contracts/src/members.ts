import { z } from 'zod';
import { EmailSchema } from './auth.ts';
import { IdSchema, RoleSchema } from './common.ts';
import { requestObject } from './fields.ts';

export const MemberSchema = z
  .object({ userId: IdSchema, email: z.string(), name: z.string(), role: RoleSchema })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof MemberSchema>;

export const MemberListSchema = z.object({ members: z.array(MemberSchema) }).meta({ id: 'MemberList' });
export type MemberList = z.infer<typeof MemberListSchema>;

export const MemberResponseSchema = z.object({ member: MemberSchema }).meta({ id: 'MemberResponse' });
export type MemberResponse = z.infer<typeof MemberResponseSchema>;

export const AddMemberBodySchema = requestObject({
  email: EmailSchema,
  role: z.enum(['member', 'viewer'], { error: 'Choose member or viewer' }),
}).meta({ id: 'AddMemberBody' });
export type AddMemberBody = z.infer<typeof AddMemberBodySchema>;

export const UpdateMemberBodySchema = requestObject({ role: RoleSchema }).meta({ id: 'UpdateMemberBody' });
export type UpdateMemberBody = z.infer<typeof UpdateMemberBodySchema>;
