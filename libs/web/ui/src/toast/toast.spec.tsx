import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toast } from './toast.tsx';
import { ToastRegion } from './toast-region.tsx';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function renderToast(onDismiss = vi.fn(), onUndo = vi.fn()) {
  render(
    <ToastRegion>
      <Toast duration={5000} action={{ label: 'Undo', onClick: onUndo }} onDismiss={onDismiss}>
        Card archived
      </Toast>
    </ToastRegion>,
  );
  return { onDismiss, onUndo };
}

describe('Toast', () => {
  it('when it shows, then its message and action are in a polite status region', () => {
    const { onUndo } = renderToast();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));

    expect(screen.getByRole('status')).toHaveTextContent(/^Card archived/);
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('when its time has passed, then it dismisses itself', () => {
    const { onDismiss } = renderToast();

    act(() => vi.advanceTimersByTime(4999));
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));

    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('when focus is inside it, then it stays until focus leaves and its time has passed again', () => {
    const { onDismiss } = renderToast();

    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    act(() => vi.advanceTimersByTime(60_000));
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => screen.getByRole('button', { name: 'Undo' }).blur());
    act(() => vi.advanceTimersByTime(5000));

    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
