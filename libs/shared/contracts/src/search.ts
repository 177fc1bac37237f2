import { z } from 'zod';
import { CardSchema } from './cards.ts';
import { CursorSchema, IdSchema } from './common.ts';
import { requestObject, textField, wholeNumber } from './fields.ts';
import { limits } from './limits.ts';

export const SearchQuerySchema = requestObject({
  q: textField('Enter words to search for', limits.searchQueryMax),
  boardId: IdSchema.optional(),
  limit: wholeNumber(1, limits.searchLimitMax, { coerce: true }).default(limits.searchLimitDefault),
  cursor: CursorSchema.optional(),
}).meta({ id: 'SearchQuery' });
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = CardSchema.extend({ boardName: z.string(), columnName: z.string() }).meta({
  id: 'SearchHit',
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z
  .object({ items: z.array(SearchHitSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;
