import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireUser } from './require-user.ts';

function loaderArgs(url: string): LoaderFunctionArgs {
  return { request: new Request(url), params: {} } as LoaderFunctionArgs;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requireUser', () => {
  it('when there is no session, then it redirects to the login page with the way back', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } }, { status: 401 })),
    );

    const thrown = await requireUser(new QueryClient(), loaderArgs('http://localhost/b/42?tab=1')).catch(
      (error: unknown) => error,
    );

    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get('Location')).toBe('/login?next=%2Fb%2F42%3Ftab%3D1');
  });

  it('when the session is valid, then the page loads', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ user: { id: 'u1', email: 'a@b.c', name: 'Ada' } })));

    await expect(requireUser(new QueryClient(), loaderArgs('http://localhost/'))).resolves.toBeNull();
  });
});
