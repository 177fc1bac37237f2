import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

/** Refused with COLUMN_NOT_EMPTY while the column holds cards, archived ones included. */
export function deleteColumn(columnId: string): Promise<void> {
  return requestJson<void>(apiPaths.column(columnId), { method: 'DELETE' });
}
