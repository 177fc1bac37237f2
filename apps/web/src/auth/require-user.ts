import { isApiError, meQueryOptions } from '@brisk/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { loginPath } from './login-path.ts';
import { dropSignedInHint, hasSignedInHint } from './signed-in-hint.ts';

/** Loader of the signed-in area: without a session, off to the login page, which sends the user back afterwards. */
export async function requireUser(queryClient: QueryClient, { request }: LoaderFunctionArgs): Promise<null> {
  const url = new URL(request.url);
  const toLogin = () => redirect(loginPath(url.pathname + url.search));
  // Signed out since this page loaded (Back after logging out): asking the API could only fail.
  if (!hasSignedInHint()) throw toLogin();
  try {
    await queryClient.query({ ...meQueryOptions(), staleTime: 'static' });
    return null;
  } catch (error) {
    if (!isApiError(error, 'UNAUTHENTICATED')) throw error;
    // The session expired or ended elsewhere while the hint stayed.
    dropSignedInHint();
    throw toLogin();
  }
}
