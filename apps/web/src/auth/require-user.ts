import { isApiError, meQueryOptions } from '@brisk/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { loginPath } from './login-path.ts';

/** Loader of the signed-in area: without a session, off to the login page, which sends the user back afterwards. */
export async function requireUser(queryClient: QueryClient, { request }: LoaderFunctionArgs): Promise<null> {
  try {
    await queryClient.query({ ...meQueryOptions(), staleTime: 'static' });
    return null;
  } catch (error) {
    if (!isApiError(error, 'UNAUTHENTICATED')) throw error;
    const url = new URL(request.url);
    throw redirect(loginPath(url.pathname + url.search));
  }
}
