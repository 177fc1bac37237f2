import type { Column, ColumnResponse, CreateColumnBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function createColumn(boardId: string, body: CreateColumnBody): Promise<Column> {
  const { column } = await requestJson<ColumnResponse>(apiPaths.columns(boardId), { method: 'POST', body });
  return column;
}
