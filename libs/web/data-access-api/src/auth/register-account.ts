import type { AuthResponse, RegisterBody, User } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function registerAccount(body: RegisterBody): Promise<User> {
  const { user } = await requestJson<AuthResponse>(apiPaths.register(), { method: 'POST', body });
  return user;
}
