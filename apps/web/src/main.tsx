import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app-providers.tsx';
import { reloadRestoredPageOnceSignedOut, sendSignedOutVisitToLogin } from './auth/signed-out-visit.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRoutes } from './router.tsx';

// Loaders and components share one cache: what a loader fetched, the page reads without a second request.
const queryClient = createQueryClient();
const routes = createAppRoutes(queryClient);
sendSignedOutVisitToLogin(routes);
reloadRestoredPageOnceSignedOut(routes);
const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

// After load and from a chunk of its own: the service worker (and workbox-window) cost the first page nothing. The dev
// server builds no service worker.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('./service-worker/register-service-worker.ts').then(({ registerServiceWorker }) => registerServiceWorker());
  });
}
