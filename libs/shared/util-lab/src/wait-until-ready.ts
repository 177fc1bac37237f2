import type { Service } from './spawn-service.ts';

/** Polls `url` until it answers 200; fails fast, with the log, if the service exits first. */
export async function waitUntilReady(service: Service, url: string, timeoutMs = 30_000): Promise<void> {
  let exitedWith: number | string | undefined;
  void service.exited.then((code) => (exitedWith = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitedWith !== undefined) {
      throw new Error(`${service.name} exited (${exitedWith}) before it was ready:\n${service.readLogTail()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.name} was not ready at ${url} within ${timeoutMs / 1000} s:\n${service.readLogTail()}`);
}
