import { matchRoutes, type RouteObject } from 'react-router';
import { loginPath } from './login-path.ts';
import { hasSignedInHint } from './signed-in-hint.ts';

/** The id of the route that holds every page behind sign-in. */
export const signedInRouteId = 'signed-in';

function isSignedOutOnSignedInPage(routes: RouteObject[]): boolean {
  if (hasSignedInHint()) return false;
  const matches = matchRoutes(routes, window.location.pathname) ?? [];
  return matches.some(({ route }) => route.id === signedInRouteId);
}

/**
 * Runs before the router starts, because a router starting on a signed-in page at once fetches `/api/me` and the page's
 * data and chunk. Without the signed-in hint, the visit is moved to the login page first, which downloads none of them.
 */
export function sendSignedOutVisitToLogin(routes: RouteObject[]): void {
  const { pathname, search } = window.location;
  if (isSignedOutOnSignedInPage(routes)) window.history.replaceState(null, '', loginPath(pathname + search));
}

/**
 * Back after logging out can restore a signed-in page whole from the back-forward cache, board and all, without running
 * any of the checks above: such a page is hidden at once and loaded again, which lands on the login page.
 */
export function reloadRestoredPageOnceSignedOut(routes: RouteObject[]): void {
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted || !isSignedOutOnSignedInPage(routes)) return;
    document.documentElement.style.visibility = 'hidden';
    window.location.reload();
  });
}
