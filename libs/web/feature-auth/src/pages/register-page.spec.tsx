import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthRoutes } from '../auth-routes.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RegisterPage', () => {
  it('when the server refuses a short password, then its readable message sits by the password, not a raw one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          {
            error: {
              code: 'VALIDATION_FAILED',
              message: 'Invalid body',
              details: [{ path: 'body.password', message: 'Use at least 8 characters' }],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const router = createMemoryRouter([{ path: '/', HydrateFallback: () => null, children: createAuthRoutes() }], {
      initialEntries: ['/register'],
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Name'), 'Ada');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'seven77');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Use at least 8 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Use at least 8 characters$/);
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Invalid body')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
