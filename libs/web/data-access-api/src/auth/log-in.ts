import type { AuthResponse, LoginBody, User } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function logIn(body: LoginBody): Promise<User> {
  const { user } = await requestJson<AuthResponse>(apiPaths.login(), { method: 'POST', body });
  return user;
}
