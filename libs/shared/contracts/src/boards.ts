import { z } from 'zod';
import { ColumnNameSchema, ColumnWithCardsSchema } from './columns.ts';
import { IdSchema, RoleSchema, TimestampSchema, VersionSchema } from './common.ts';
import { atLeast, atMost, requestObject, textField } from './fields.ts';
import { BoardLabelSchema } from './labels.ts';
import { limits } from './limits.ts';

const BoardNameSchema = textField('Enter a board name', limits.boardNameMax);

export const BoardSummarySchema = z
  .object({ id: IdSchema, name: z.string(), role: RoleSchema, cardCount: z.int().min(0), createdAt: TimestampSchema })
  .meta({ id: 'BoardSummary' });
export type BoardSummary = z.infer<typeof BoardSummarySchema>;

export const BoardListSchema = z.object({ boards: z.array(BoardSummarySchema) }).meta({ id: 'BoardList' });
export type BoardList = z.infer<typeof BoardListSchema>;

/** `version` moves on with every change to the board itself (name, label set), not with its columns or cards. */
export const BoardSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    role: RoleSchema,
    labels: z.array(BoardLabelSchema),
    version: VersionSchema,
    createdAt: TimestampSchema,
  })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof BoardSchema>;

export const BoardResponseSchema = z.object({ board: BoardSchema }).meta({ id: 'BoardResponse' });
export type BoardResponse = z.infer<typeof BoardResponseSchema>;

export const BoardDetailSchema = z
  .object({ board: BoardSchema, columns: z.array(ColumnWithCardsSchema) })
  .meta({ id: 'BoardDetail' });
export type BoardDetail = z.infer<typeof BoardDetailSchema>;

export const CreateBoardBodySchema = requestObject({
  name: BoardNameSchema,
  columns: z
    .array(ColumnNameSchema, { error: 'Send the column names as a list' })
    .min(1, atLeast(1, 'column'))
    .max(limits.columnsPerBoardMax, atMost(limits.columnsPerBoardMax, 'column'))
    .optional(),
}).meta({ id: 'CreateBoardBody' });
export type CreateBoardBody = z.infer<typeof CreateBoardBodySchema>;

/** Without `version` the rename applies whatever the board's version; with it, only at that version (else 409). */
export const UpdateBoardBodySchema = requestObject({ name: BoardNameSchema, version: VersionSchema.optional() }).meta({
  id: 'UpdateBoardBody',
});
export type UpdateBoardBody = z.infer<typeof UpdateBoardBodySchema>;
