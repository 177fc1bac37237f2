import type { BoardDetail } from '@brisk/shared-contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createBoardRoutes } from '../board-routes.ts';
import { boardId } from './board-fixture.ts';

/** Answers the requests a test cares about (by method and path, with the parsed JSON body); undefined for a 404. */
export type FakeApi = (method: string, path: string, body: unknown) => Response | undefined;

/**
 * The board feature's routes at `path`, with the API answering `detail` for the board, `api` for what it knows, and
 * 404 for anything else. The fetch mock records every request.
 */
export function renderBoardRoute(detail: BoardDetail, path = `/b/${boardId}`, api?: FakeApi) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET' && url === `/api/boards/${boardId}`) return Response.json(detail);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    return api?.(method, url, body) ?? Response.json({ error: { code: 'NOT_FOUND', message: 'No route' } }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const routes = [{ path: '/', HydrateFallback: () => null, children: createBoardRoutes(queryClient) }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { queryClient, router, fetchMock };
}
