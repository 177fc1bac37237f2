import { z } from 'zod';
import { IdSchema } from './common.ts';
import { atMost, requestObject, textField } from './fields.ts';
import { limits } from './limits.ts';

export const UserSchema = z.object({ id: IdSchema, email: z.string(), name: z.string() }).meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const EmailSchema = z.email({ error: 'Enter a valid email address' }).max(limits.emailMax, atMost(limits.emailMax));

export const RegisterBodySchema = requestObject({
  email: EmailSchema,
  name: textField('Enter your name', limits.nameMax),
  password: textField('Enter a password', limits.passwordMax, { min: limits.passwordMin, trim: false }),
}).meta({ id: 'RegisterBody' });
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const LoginBodySchema = requestObject({
  email: textField('Enter your email address', limits.emailMax, { trim: false }),
  password: textField('Enter your password', limits.passwordMax, { trim: false }),
}).meta({ id: 'LoginBody' });
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const AuthResponseSchema = z.object({ user: UserSchema }).meta({ id: 'AuthResponse' });
export type AuthResponse = z.infer<typeof AuthResponseSchema>;

/** The demo account's sign-in, shown on the sign-in page when this instance seeded it; null otherwise. */
export const DemoLoginSchema = z
  .object({ demo: z.object({ email: z.string(), password: z.string() }).nullable() })
  .meta({ id: 'DemoLogin' });
export type DemoLogin = z.infer<typeof DemoLoginSchema>;
