import { z } from 'zod';
import { CardSchema } from './cards.ts';
import { IdSchema, VersionSchema } from './common.ts';
import { requestObject, textField, wholeNumber } from './fields.ts';
import { limits } from './limits.ts';

const ColumnNameSchema = textField('Enter a column name', limits.columnNameMax);
const WipLimitSchema = wholeNumber(1, limits.wipLimitMax).nullable();

export const ColumnSchema = z
  .object({
    id: IdSchema,
    boardId: IdSchema,
    name: z.string(),
    wipLimit: z.int().nullable(),
    position: z.string(),
    version: VersionSchema,
  })
  .meta({ id: 'Column' });
export type Column = z.infer<typeof ColumnSchema>;

export const ColumnWithCardsSchema = ColumnSchema.extend({ cards: z.array(CardSchema) }).meta({ id: 'ColumnWithCards' });
export type ColumnWithCards = z.infer<typeof ColumnWithCardsSchema>;

export const ColumnResponseSchema = z.object({ column: ColumnSchema }).meta({ id: 'ColumnResponse' });
export type ColumnResponse = z.infer<typeof ColumnResponseSchema>;

export const CreateColumnBodySchema = requestObject({ name: ColumnNameSchema, wipLimit: WipLimitSchema.optional() }).meta({
  id: 'CreateColumnBody',
});
export type CreateColumnBody = z.infer<typeof CreateColumnBodySchema>;

/** `afterColumnId: null` moves the column to the front; leaving it out keeps the column where it is. */
export const UpdateColumnBodySchema = requestObject({
  name: ColumnNameSchema.optional(),
  wipLimit: WipLimitSchema.optional(),
  afterColumnId: IdSchema.nullable().optional(),
  version: VersionSchema,
}).meta({ id: 'UpdateColumnBody' });
export type UpdateColumnBody = z.infer<typeof UpdateColumnBodySchema>;

export { ColumnNameSchema };
