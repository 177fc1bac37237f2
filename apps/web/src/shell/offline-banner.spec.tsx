import { requestJson } from '@brisk/web-data-access-api';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineBanner } from './offline-banner.tsx';

const offlineText = /You are offline.*Changes cannot be saved until you reconnect/;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('OfflineBanner', () => {
  it('when the browser goes offline, then the banner says the boards shown cannot be changed', async () => {
    render(<OfflineBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('');

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });

    expect(screen.getByRole('status')).toHaveTextContent(offlineText);
  });

  it('when a board comes from the service worker copy while the network fails, then the banner shows, until the server answers', async () => {
    render(<OfflineBanner />);

    vi.stubGlobal('fetch', async () => Response.json({}, { headers: { 'x-brisk-offline-copy': '1' } }));
    await act(() => requestJson('/api/boards/board-1'));
    const fromCopy = screen.getByRole('status').textContent;
    vi.stubGlobal('fetch', async () => Response.json({}));
    await act(() => requestJson('/api/boards/board-1'));

    expect(fromCopy).toMatch(offlineText);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
