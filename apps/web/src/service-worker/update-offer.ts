/**
 * Set once a newer release's service worker is installed and waiting: calling it hands the page over and reloads it.
 * Kept outside React because the worker is registered after load, from its own chunk.
 */
let reloadIntoUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(reload: () => void): void {
  reloadIntoUpdate = reload;
  for (const listener of listeners) listener();
}

export function readUpdateOffer(): (() => void) | null {
  return reloadIntoUpdate;
}

export function subscribeToUpdateOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
