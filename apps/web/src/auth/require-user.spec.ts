import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireUser } from './require-user.ts';
import { dropSignedInHint } from './signed-in-hint.ts';

function loaderArgs(url: string): LoaderFunctionArgs {
  return { request: new Request(url), params: {} } as LoaderFunctionArgs;
}

function stubMe(answer: () => Response) {
  const fetchMock = vi.fn(async () => answer());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a redirect'),
    (error: unknown) => error,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  dropSignedInHint();
});

describe('requireUser', () => {
  it('when the hint outlived the session, then it redirects to the login page with the way back and drops the hint', async () => {
    document.cookie = 'brisk_signed_in=1';
    stubMe(() => Response.json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } }, { status: 401 }));

    const thrown = await thrownBy(requireUser(new QueryClient(), loaderArgs('http://localhost/b/42?tab=1')));

    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get('Location')).toBe('/login?next=%2Fb%2F42%3Ftab%3D1');
    expect(document.cookie).not.toContain('brisk_signed_in');
  });

  it('when there is no signed-in hint, then it redirects to the login page without asking the API', async () => {
    const fetchMock = stubMe(() => Response.json({ user: { id: 'u1', email: 'a@b.c', name: 'Ada' } }));

    const thrown = await thrownBy(requireUser(new QueryClient(), loaderArgs('http://localhost/b/42')));

    expect((thrown as Response).headers.get('Location')).toBe('/login?next=%2Fb%2F42');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('when the session is valid, then the page loads', async () => {
    document.cookie = 'brisk_signed_in=1';
    stubMe(() => Response.json({ user: { id: 'u1', email: 'a@b.c', name: 'Ada' } }));

    await expect(requireUser(new QueryClient(), loaderArgs('http://localhost/'))).resolves.toBeNull();
  });
});
