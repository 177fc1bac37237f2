import { z } from 'zod';
import { VersionSchema } from './common.ts';
import { atMost, requestObject, textField } from './fields.ts';
import { labelColors } from './defaults.ts';
import { limits } from './limits.ts';

export const LabelColorSchema = z.enum(labelColors, { error: 'Choose a colour from the palette' }).meta({ id: 'LabelColor' });
export type LabelColor = z.infer<typeof LabelColorSchema>;

/** A label's name, on a card or in a board's label set. */
export const LabelNameSchema = textField('Enter a label name', limits.labelMax);

export const BoardLabelSchema = z.object({ name: z.string(), color: LabelColorSchema }).meta({ id: 'BoardLabel' });
export type BoardLabel = z.infer<typeof BoardLabelSchema>;

/** The whole set replaces the board's; names are unique whatever their case, as a picker could not tell them apart. */
export const ReplaceBoardLabelsBodySchema = requestObject({
  labels: z
    .array(requestObject({ name: LabelNameSchema, color: LabelColorSchema }), { error: 'Send the labels as a list' })
    .max(limits.boardLabelsMax, atMost(limits.boardLabelsMax, 'label'))
    .superRefine((labels, context) => {
      const seen = new Set<string>();
      labels.forEach((label, index) => {
        const key = label.name.toLowerCase();
        if (seen.has(key)) {
          context.addIssue({ code: 'custom', message: 'Another label already has this name', path: [index, 'name'] });
        }
        seen.add(key);
      });
    }),
  version: VersionSchema,
}).meta({ id: 'ReplaceBoardLabelsBody' });
export type ReplaceBoardLabelsBody = z.infer<typeof ReplaceBoardLabelsBodySchema>;
