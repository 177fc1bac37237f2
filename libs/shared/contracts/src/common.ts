import { z } from 'zod';

/** Every id is a UUID (v7 on the server, so ids sort by creation time). */
export const IdSchema = z.uuid();
export const VersionSchema = z.int().min(1);
export const TimestampSchema = z.iso.datetime({ offset: true });
export const RoleSchema = z.enum(['owner', 'member', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;
