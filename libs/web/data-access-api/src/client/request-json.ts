import { noteAnswer, noteRequestSent, offlineCopyHeader } from '../offline/connectivity.ts';
import { ApiError } from './api-error.ts';
import { toApiError } from './to-api-error.ts';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

function offlineError(cause?: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: 'OFFLINE',
    message: 'You are offline, so this change was not saved. Try again once you are back online.',
    cause,
  });
}

/**
 * The one way the SPA talks to the API: same-origin cookie session, JSON both ways, and every failure turned into an
 * `ApiError`. A 204 resolves to `undefined`.
 */
export async function requestJson<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  const isWrite = method !== 'GET';
  // Sent anyway, a write would only fail once the browser gave up on it: refused at once, the form says why.
  if (isWrite && navigator.onLine === false) throw offlineError();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const request = noteRequestSent();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    // TanStack Query tells a cancelled request from a failed one by the abort error itself.
    if (signal?.aborted) throw error;
    noteAnswer(request, false);
    if (isWrite) throw offlineError(error);
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Cannot reach the server. Check your connection and try again.',
      cause: error,
    });
  }
  noteAnswer(request, !response.headers.has(offlineCopyHeader));

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
