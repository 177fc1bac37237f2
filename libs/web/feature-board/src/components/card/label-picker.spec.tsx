import type { BoardLabel } from '@brisk/shared-contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CardDraft } from '../../model/card-draft.ts';
import { LabelPicker } from './label-picker.tsx';

const boardLabels: BoardLabel[] = [
  { name: 'Bug', color: 'red' },
  { name: 'UI', color: 'blue' },
  { name: 'Later', color: 'gray' },
];

/** The picker with its state, showing what a save would take. */
function Harness({ labels, picked = [] }: { labels: BoardLabel[]; picked?: string[] }) {
  const [draft, setDraft] = useState<Pick<CardDraft, 'pickedLabels' | 'otherLabels'>>({
    pickedLabels: picked,
    otherLabels: '',
  });
  return (
    <>
      <LabelPicker
        boardLabels={labels}
        picked={draft.pickedLabels}
        other={draft.otherLabels}
        onChange={(patch) => setDraft((previous) => ({ ...previous, ...patch }))}
        disabled={false}
        error={undefined}
      />
      <output>{draft.pickedLabels.join('|')}</output>
    </>
  );
}

describe('LabelPicker', () => {
  it('when the board has a label set, then each label is a toggle in its colour, pressed when the card has it', () => {
    render(<Harness labels={boardLabels} picked={['UI']} />);

    const group = screen.getByRole('group', { name: 'Labels' });
    const ui = within(group).getByRole('button', { name: 'UI' });
    expect(ui).toHaveAttribute('aria-pressed', 'true');
    expect(ui).toHaveAttribute('data-label-color', 'blue');
    expect(within(group).getByRole('button', { name: 'Bug' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(group).getByLabelText('Other labels')).toBeInTheDocument();
  });

  it('when toggles are clicked, then labels are picked in the set order and a second click takes one off', async () => {
    const user = userEvent.setup();
    render(<Harness labels={boardLabels} />);

    await user.click(screen.getByRole('button', { name: 'Later' }));
    await user.click(screen.getByRole('button', { name: 'Bug' }));
    await user.click(screen.getByRole('button', { name: 'UI' }));
    await user.click(screen.getByRole('button', { name: 'Later' }));

    expect(screen.getByRole('status')).toHaveTextContent(/^Bug\|UI$/);
    expect(screen.getByRole('button', { name: 'Later' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('when the board has no label set, then labels are one free-text field', () => {
    render(<Harness labels={[]} />);

    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Labels')).toHaveAccessibleDescription('Comma separated, e.g. bug, ui');
  });
});
