import { z } from 'zod';
import { IdSchema } from './common.ts';
import { limits } from './limits.ts';

export const UserSchema = z.object({ id: IdSchema, email: z.string(), name: z.string() }).meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const RegisterBodySchema = z
  .strictObject({
    email: z.email().max(limits.emailMax),
    name: z.string().trim().min(1).max(limits.nameMax),
    password: z.string().min(limits.passwordMin).max(limits.passwordMax),
  })
  .meta({ id: 'RegisterBody' });
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const LoginBodySchema = z
  .strictObject({
    email: z.string().min(1).max(limits.emailMax),
    password: z.string().min(1).max(limits.passwordMax),
  })
  .meta({ id: 'LoginBody' });
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const AuthResponseSchema = z.object({ user: UserSchema }).meta({ id: 'AuthResponse' });
export type AuthResponse = z.infer<typeof AuthResponseSchema>;
