import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOffline, noteAnswer, noteRequestSent } from '../offline/connectivity.ts';
import { ApiError } from './api-error.ts';
import { requestJson } from './request-json.ts';

function stubFetch(implementation: (input: string, init: RequestInit) => Promise<Response>) {
  const fetchMock = vi.fn(implementation);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the request to fail'),
    (error: unknown) => error,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  noteAnswer(noteRequestSent(), true);
});

describe('requestJson', () => {
  it('when the API answers with its error body, then it rejects with an ApiError carrying status, code, message and details', async () => {
    const current = { id: 'card-1', version: 4 };
    stubFetch(async () =>
      jsonResponse(409, { error: { code: 'VERSION_CONFLICT', message: 'Changed first', details: { current } } }),
    );

    const error = await rejectionOf(requestJson('/api/cards/card-1', { method: 'PATCH', body: { version: 3 } }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'VERSION_CONFLICT', message: 'Changed first', details: { current } });
  });

  it('when validation failed, then the message is the first field message, written for people, not the summary', async () => {
    const details = [
      { path: 'body.password', message: 'Use at least 8 characters' },
      { path: 'body.email', message: 'Enter a valid email address' },
    ];
    stubFetch(async () => jsonResponse(400, { error: { code: 'VALIDATION_FAILED', message: 'Invalid body', details } }));

    const error = await rejectionOf(requestJson('/api/auth/register', { method: 'POST', body: {} }));

    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Use at least 8 characters', details });
  });

  it('when the answer is not the API error shape, then the code comes from the status', async () => {
    stubFetch(async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    const error = await rejectionOf(requestJson('/api/boards'));

    expect(error).toMatchObject({ status: 502, code: 'INTERNAL', message: 'The server answered 502 Bad Gateway' });
  });

  it('when an unauthenticated answer has no body, then it is still UNAUTHENTICATED', async () => {
    stubFetch(async () => new Response(null, { status: 401 }));

    const error = await rejectionOf(requestJson('/api/me'));

    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('when the network fails, then it rejects with NETWORK_ERROR and status 0', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });

    const error = await rejectionOf(requestJson('/api/boards'));

    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('when the browser is offline, then a write is refused with OFFLINE before anything is sent', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const fetchMock = stubFetch(async () => jsonResponse(201, {}));

    const error = await rejectionOf(requestJson('/api/columns/col-1/cards', { method: 'POST', body: { title: 'x' } }));

    expect(error).toMatchObject({ status: 0, code: 'OFFLINE', message: expect.stringMatching(/offline.*not saved/) });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('when the browser is offline, then a read still goes out, for the service worker to answer from its copies', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    stubFetch(async () => jsonResponse(200, { boards: [] }));

    await expect(requestJson('/api/boards')).resolves.toEqual({ boards: [] });
  });

  it('when a write cannot reach the server, then it rejects with OFFLINE and the app counts as offline', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });

    const error = await rejectionOf(requestJson('/api/cards/card-1', { method: 'PATCH', body: { version: 1 } }));

    expect(error).toMatchObject({ status: 0, code: 'OFFLINE' });
    expect(isOffline()).toBe(true);
  });

  it('when the service worker answers from its copy, then the app counts as offline until the server answers', async () => {
    stubFetch(async () => Response.json({ boards: [] }, { headers: { 'x-brisk-offline-copy': '1' } }));
    await requestJson('/api/boards');
    const fromCopy = isOffline();

    stubFetch(async () => Response.json({ boards: [] }));
    await requestJson('/api/boards');

    expect(fromCopy).toBe(true);
    expect(isOffline()).toBe(false);
  });

  it('when the caller aborts, then the abort error passes through untouched', async () => {
    const controller = new AbortController();
    const abortError = new DOMException('Aborted', 'AbortError');
    stubFetch(async () => {
      controller.abort();
      throw abortError;
    });

    const error = await rejectionOf(requestJson('/api/boards', { signal: controller.signal }));

    expect(error).toBe(abortError);
  });

  it('when a body is sent, then it goes as JSON with the same-origin session cookie', async () => {
    const fetchMock = stubFetch(async () => jsonResponse(201, { card: { id: 'card-1' } }));

    const result = await requestJson('/api/columns/col-1/cards', { method: 'POST', body: { title: 'Ship it' } });

    expect(result).toEqual({ card: { id: 'card-1' } });
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe('/api/columns/col-1/cards');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"title":"Ship it"}' });
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('when the answer is 204, then it resolves without reading a body', async () => {
    stubFetch(async () => new Response(null, { status: 204 }));

    await expect(requestJson('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});
