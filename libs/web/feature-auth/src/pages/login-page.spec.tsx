import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthRoutes } from '../auth-routes.ts';

/** `answer` answers the sign-in; the demo hint hears there is no demo unless `demo` says otherwise. */
function renderLoginPage(answer: () => Response, demo: { email: string; password: string } | null = null) {
  const fetchMock = vi.fn(async (path: string) => (path === '/api/auth/demo' ? Response.json({ demo }) : answer()));
  vi.stubGlobal('fetch', fetchMock);
  const routes = [
    { path: '/', HydrateFallback: () => null, children: [...createAuthRoutes(), { path: 'b/1', element: <p>Board one</p> }] },
  ];
  const router = createMemoryRouter(routes, { initialEntries: ['/login?next=%2Fb%2F1'] });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return fetchMock;
}

async function logInAs(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('when the credentials are wrong, then it says so and stays on the form', async () => {
    renderLoginPage(() =>
      Response.json({ error: { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' } }, { status: 401 }),
    );

    await logInAs('ada@example.com', 'not-my-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
  });

  it('when the credentials are right, then it goes where the user was headed', async () => {
    const fetchMock = renderLoginPage(() =>
      Response.json({ user: { id: 'u1', email: 'ada@example.com', name: 'Ada' } }),
    );

    await logInAs('ada@example.com', 'correct horse');

    expect(await screen.findByText('Board one')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/login', expect.objectContaining({ method: 'POST' }));
  });

  it('when someone signs in, then what the service worker kept of the previous session is dropped first', async () => {
    const cacheStorage = { keys: vi.fn(async () => ['brisk-boards']), delete: vi.fn(async () => true) };
    vi.stubGlobal('caches', cacheStorage);
    renderLoginPage(() => Response.json({ user: { id: 'u1', email: 'ada@example.com', name: 'Ada' } }));

    await logInAs('ada@example.com', 'correct horse');

    expect(await screen.findByText('Board one')).toBeInTheDocument();
    expect(cacheStorage.delete).toHaveBeenCalledWith('brisk-boards');
  });

  it('when the instance seeded the demo, then the page offers its login and fills it in on request', async () => {
    renderLoginPage(() => Response.json({ user: { id: 'u1', email: 'demo@brisk.local', name: 'Demo' } }), {
      email: 'demo@brisk.local',
      password: 'brisk-demo',
    });

    const hint = await screen.findByRole('note', { name: 'Demo login' });
    expect(hint).toHaveTextContent('demo@brisk.local, password brisk-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Fill in the demo login' }));

    expect(screen.getByLabelText('Email')).toHaveValue('demo@brisk.local');
    expect(screen.getByLabelText('Password')).toHaveValue('brisk-demo');
  });

  it('when there is no demo, then the page does not mention one', async () => {
    const fetchMock = renderLoginPage(() => Response.json({}));

    await screen.findByLabelText('Email');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/auth/demo', expect.anything()));

    expect(screen.queryByRole('note', { name: 'Demo login' })).not.toBeInTheDocument();
  });
});
