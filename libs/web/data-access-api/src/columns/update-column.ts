import type { Column, ColumnResponse, UpdateColumnBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

/** Renames, sets the WIP limit of, or moves a column; a stale `version` fails with VERSION_CONFLICT. */
export async function updateColumn(columnId: string, body: UpdateColumnBody): Promise<Column> {
  const { column } = await requestJson<ColumnResponse>(apiPaths.column(columnId), { method: 'PATCH', body });
  return column;
}
