import { z } from 'zod';
import { CursorSchema, IdSchema, TimestampSchema, VersionSchema } from './common.ts';
import { atMost, requestObject, textField, wholeNumber } from './fields.ts';
import { LabelNameSchema } from './labels.ts';
import { limits } from './limits.ts';

const TitleSchema = textField('Enter a title', limits.cardTitleMax);
const DescriptionSchema = z
  .string({ error: 'Write the description as text' })
  .max(limits.cardDescriptionMax, atMost(limits.cardDescriptionMax));
/** Free text: a board's label set gives names colours and feeds a picker, it does not restrict them. */
const LabelsSchema = z
  .array(LabelNameSchema, { error: 'Send the labels as a list' })
  .max(limits.labelsMax, atMost(limits.labelsMax, 'label'));
const DueDateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' }).nullable();
const ArchivedSchema = z.boolean({ error: 'Use true or false' });

export const CardSchema = z
  .object({
    id: IdSchema,
    boardId: IdSchema,
    columnId: IdSchema,
    title: z.string(),
    description: z.string(),
    labels: z.array(z.string()),
    assigneeId: IdSchema.nullable(),
    dueDate: z.string().nullable(),
    position: z.string(),
    archived: z.boolean(),
    version: VersionSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Card' });
export type Card = z.infer<typeof CardSchema>;

export const CardResponseSchema = z.object({ card: CardSchema }).meta({ id: 'CardResponse' });
export type CardResponse = z.infer<typeof CardResponseSchema>;

export const CreateCardBodySchema = requestObject({
  title: TitleSchema,
  description: DescriptionSchema.optional(),
  labels: LabelsSchema.optional(),
  assigneeId: IdSchema.nullable().optional(),
  dueDate: DueDateSchema.optional(),
}).meta({ id: 'CreateCardBody' });
export type CreateCardBody = z.infer<typeof CreateCardBodySchema>;

export const UpdateCardBodySchema = requestObject({
  title: TitleSchema.optional(),
  description: DescriptionSchema.optional(),
  labels: LabelsSchema.optional(),
  assigneeId: IdSchema.nullable().optional(),
  dueDate: DueDateSchema.optional(),
  archived: ArchivedSchema.optional(),
  version: VersionSchema,
}).meta({ id: 'UpdateCardBody' });
export type UpdateCardBody = z.infer<typeof UpdateCardBodySchema>;

/** Neither `afterCardId` nor `beforeCardId`: the card goes to the top of the column. */
export const MoveCardBodySchema = requestObject({
  toColumnId: IdSchema,
  afterCardId: IdSchema.optional(),
  beforeCardId: IdSchema.optional(),
  version: VersionSchema,
})
  .refine((body) => !(body.afterCardId && body.beforeCardId), {
    message: 'Give afterCardId or beforeCardId, not both',
    path: ['beforeCardId'],
  })
  .meta({ id: 'MoveCardBody' });
export type MoveCardBody = z.infer<typeof MoveCardBodySchema>;

/** Archived cards, most recently archived first; `cursor` is the previous page's `nextCursor`. */
export const ArchiveQuerySchema = requestObject({
  limit: wholeNumber(1, limits.archiveLimitMax, { coerce: true }).default(limits.archiveLimitDefault),
  cursor: CursorSchema.optional(),
}).meta({ id: 'ArchiveQuery' });
export type ArchiveQuery = z.infer<typeof ArchiveQuerySchema>;

export const ArchivedCardsSchema = z
  .object({ cards: z.array(CardSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ArchivedCards' });
export type ArchivedCards = z.infer<typeof ArchivedCardsSchema>;
