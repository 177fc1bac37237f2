import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from './dialog.tsx';

function DialogOpener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Open</button>
      {open && (
        <Dialog title="Edit card" onClose={() => setOpen(false)}>
          <input aria-label="Title" />
        </Dialog>
      )}
    </>
  );
}

describe('Dialog', () => {
  it('when it opens, then it is a labelled modal holding the focus', async () => {
    const user = userEvent.setup();
    render(<DialogOpener />);

    await user.click(screen.getByRole('button', { name: 'Open' }));

    const dialog = screen.getByRole('dialog', { name: 'Edit card' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('when Escape is pressed, then it closes and focus returns to the opener', async () => {
    const user = userEvent.setup();
    render(<DialogOpener />);
    await user.click(screen.getByRole('button', { name: 'Open' }));

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('when Tab leaves the last control, then focus wraps to the first', async () => {
    const user = userEvent.setup();
    render(
      <Dialog title="Edit card" onClose={vi.fn()}>
        <input aria-label="Title" />
      </Dialog>,
    );
    screen.getByLabelText('Title').focus();

    await user.tab();

    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });
});
