import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { offerUpdate } from '../service-worker/update-offer.ts';
import { UpdateBanner } from './update-banner.tsx';

describe('UpdateBanner', () => {
  it('when a new release is waiting, then the banner offers to reload into it', async () => {
    const reloadIntoUpdate = vi.fn();
    render(<UpdateBanner />);
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();

    act(() => offerUpdate(reloadIntoUpdate));
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));

    expect(screen.getByRole('status')).toHaveTextContent('A new version of Brisk is available');
    expect(reloadIntoUpdate).toHaveBeenCalledOnce();
  });
});
