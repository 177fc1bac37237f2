import { z } from 'zod';
import { CardSchema } from './cards.ts';
import { IdSchema } from './common.ts';
import { limits } from './limits.ts';

export const SearchQuerySchema = z
  .strictObject({
    q: z.string().trim().min(1).max(limits.searchQueryMax),
    boardId: IdSchema.optional(),
    limit: z.coerce.number().int().min(1).max(limits.searchLimitMax).default(limits.searchLimitDefault),
    cursor: z.string().max(200).optional(),
  })
  .meta({ id: 'SearchQuery' });
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = CardSchema.extend({ boardName: z.string(), columnName: z.string() }).meta({
  id: 'SearchHit',
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z
  .object({ items: z.array(SearchHitSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;
