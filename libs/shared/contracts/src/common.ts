import { z } from 'zod';

/** Every id is a UUID (v7 on the server, so ids sort by creation time). */
export const IdSchema = z.uuid({ error: 'Not a valid id' });
export const VersionSchema = z.int({ error: 'Send the version you last read' }).min(1, 'Send the version you last read');
export const TimestampSchema = z.iso.datetime({ offset: true });
export const RoleSchema = z.enum(['owner', 'member', 'viewer'], { error: 'Choose owner, member or viewer' });
export type Role = z.infer<typeof RoleSchema>;
/** A page's `nextCursor`, passed back as-is for the next page. */
export const CursorSchema = z
  .string({ error: 'Pass back the nextCursor of the previous page' })
  .max(200, 'Pass back the nextCursor of the previous page');
