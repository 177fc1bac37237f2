import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * Long enough for a slow but working connection to answer; past it a copy the user can read beats a spinner. The network
 * answer still refreshes the copy when it comes.
 */
const networkTimeoutSeconds = 3;

/**
 * Tells the page an answer is a copy (see `offlineCopyHeader` in web-data-access-api). A NetworkFirst route reads its
 * cache only when the network failed or timed out, so every cached answer it uses is one. Serialized into sw.js as
 * source: it may use nothing from outside its own body.
 */
const markOfflineCopy = {
  cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response | null }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set('x-brisk-offline-copy', '1');
    const { status, statusText } = cachedResponse;
    return new Response(cachedResponse.body, { status, statusText, headers });
  },
};

/**
 * Brisk's service worker, generated at build time (Workbox generateSW) as /sw.js for the whole site, and its web manifest.
 * It precaches the shell: index.html, every JS and CSS file, the icons and the manifest.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'prompt',
  // Registered from src/main.tsx after load, not by a script in index.html.
  injectRegister: false,
  includeAssets: ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png'],
  manifest: {
    name: 'Brisk',
    short_name: 'Brisk',
    description: 'Brisk, a fast kanban board',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#2563eb',
    background_color: '#f4f5f7',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  },
  workbox: {
    // The precached index.html is never served while the network answers: see the navigation route below.
    navigateFallback: null,
    // The first visit's worker takes the open page at once, so the boards it opens next are kept for offline reading.
    // A newer release's worker still waits for the user (registerType 'prompt').
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // Always the network's index.html, so an online user runs the current release; the precached one (of the files
        // this worker precached) only when the network fails.
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/api/'),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: 'index.html' } },
      },
      {
        // Who is signed in, and their boards: enough to boot offline into the boards list.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && ['/api/me', '/api/boards'].includes(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'brisk-session',
          networkTimeoutSeconds,
          cacheableResponse: { statuses: [200] },
          plugins: [markOfflineCopy],
        },
      },
      {
        // Board views only (not members, cards or search): the last 5 used, since each read refreshes its entry.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/api\/boards\/[^/]+$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'brisk-boards',
          networkTimeoutSeconds,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 5 },
          plugins: [markOfflineCopy],
        },
      },
    ],
  },
};
