/**
 * Deletes the service worker's copies of API answers (the session, the boards list, the last boards opened), so the next
 * person on this browser cannot read them offline. That is every cache but Workbox's precache, which holds only the
 * app's own files.
 */
export async function dropOfflineCopies(): Promise<void> {
  if (!('caches' in globalThis)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !name.startsWith('workbox-precache')).map((name) => caches.delete(name)));
}
