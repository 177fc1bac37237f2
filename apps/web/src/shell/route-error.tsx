import { isApiError } from '@brisk/web-data-access-api';
import { Alert, Page } from '@brisk/web-ui';
import { isRouteErrorResponse, Link, Navigate, useLocation, useRouteError } from 'react-router';
import { loginPath } from '../auth/login-path.ts';

function isNotFound(error: unknown): boolean {
  // A malformed id in the URL fails validation; to the user it is just as missing.
  if (isApiError(error, 'NOT_FOUND') || isApiError(error, 'VALIDATION_FAILED')) return true;
  return isRouteErrorResponse(error) && error.status === 404;
}

export function RouteError() {
  const error = useRouteError();
  const { pathname, search } = useLocation();

  // The session ended while the app was open.
  if (isApiError(error, 'UNAUTHENTICATED')) return <Navigate to={loginPath(pathname + search)} replace />;

  const notFound = isNotFound(error);
  const message = notFound
    ? 'This page does not exist, or you do not have access to it.'
    : error instanceof Error
      ? error.message
      : 'An unexpected error happened.';
  return (
    <Page title={notFound ? 'Not found' : 'Something went wrong'}>
      <Alert>{message}</Alert>
      <p>
        <Link to="/">Back to your boards</Link>
      </p>
    </Page>
  );
}
