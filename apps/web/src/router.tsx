import { createAuthRoutes } from '@brisk/web-feature-auth';
import { createBoardRoutes } from '@brisk/web-feature-board';
import { createSearchRoutes } from '@brisk/web-feature-search';
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { requireUser } from './auth/require-user.ts';
import { signedInRouteId } from './auth/signed-out-visit.ts';
import { AuthLayout } from './shell/auth-layout.tsx';
import { PageSpinner } from './shell/page-spinner.tsx';
import { RootLayout } from './shell/root-layout.tsx';
import { RouteError } from './shell/route-error.tsx';
import { SignedInLayout } from './shell/signed-in-layout.tsx';

/** Only the layouts live in the first chunk; every page is a lazy route the features hand over. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: RootLayout,
      HydrateFallback: PageSpinner,
      ErrorBoundary: RouteError,
      children: [
        { Component: AuthLayout, ErrorBoundary: RouteError, children: createAuthRoutes() },
        {
          id: signedInRouteId,
          loader: (args) => requireUser(queryClient, args),
          Component: SignedInLayout,
          children: [
            {
              // Inside the layout, so a page's error keeps the header and its navigation.
              ErrorBoundary: RouteError,
              children: [
                ...createBoardRoutes(queryClient),
                ...createSearchRoutes(queryClient),
                { path: '*', lazy: { Component: async () => (await import('./routes/not-found-page.tsx')).NotFoundPage } },
              ],
            },
          ],
        },
      ],
    },
  ];
}
