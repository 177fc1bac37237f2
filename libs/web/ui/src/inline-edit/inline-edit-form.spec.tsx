import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InlineEditForm } from './inline-edit-form.tsx';

function renderForm() {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  render(<InlineEditForm formLabel="Rename column" label="Column name" initialValue="To do" onSubmit={onSubmit} onCancel={onCancel} />);
  return { onSubmit, onCancel };
}

describe('InlineEditForm', () => {
  it('when it opens, then the field has focus with its value selected, and Enter saves what was typed', async () => {
    const { onSubmit } = renderForm();
    const field = screen.getByLabelText('Column name');

    expect(field).toHaveFocus();
    await userEvent.keyboard('Backlog{Enter}');

    expect(onSubmit).toHaveBeenCalledWith('Backlog');
  });

  it('when Escape is pressed, then it cancels and does not save', async () => {
    const { onSubmit, onCancel } = renderForm();

    await userEvent.keyboard('Other{Escape}');

    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
