import { Workbox } from 'workbox-window';
import { offerUpdate } from './update-offer.ts';

/** An open tab learns of a deploy only when the browser checks /sw.js again, which an app that never reloads must ask for. */
const updateCheckIntervalMs = 60 * 60 * 1000;

/**
 * Registers /sw.js for the whole site (vite-plugin-pwa builds it under that name, see pwa.config.ts). A newer release's
 * worker waits until the user takes the reload the update banner offers: until then, a page runs on one release's files.
 */
export function registerServiceWorker(): void {
  const workbox = new Workbox('/sw.js', { scope: '/' });
  // Also fires for a worker that was already waiting when this page loaded, and for one another tab installed.
  workbox.addEventListener('waiting', () =>
    offerUpdate(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      workbox.messageSkipWaiting();
    }),
  );
  void workbox.register();
  setInterval(() => void workbox.update(), updateCheckIntervalMs);
}
