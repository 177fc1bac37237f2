import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export function logOut(): Promise<void> {
  return requestJson<void>(apiPaths.logout(), { method: 'POST' });
}
