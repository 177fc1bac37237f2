import { limits, type Board } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { ConfirmDialog, Dialog, InlineEditForm } from '@brisk/web-ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeleteBoard, useUpdateBoard } from '../../api/use-board-settings.ts';
import { formatCount } from '../../model/format-count.ts';

export type BoardSettingsMode = 'rename' | 'delete';

export interface BoardSettingsDialogProps {
  mode: BoardSettingsMode;
  board: Board;
  cardCount: number;
  onClose: () => void;
}

/** Renaming in a small dialog, deleting after saying what goes with the board; a chunk loaded on first use. */
export function BoardSettingsDialog({ mode, board, cardCount, onClose }: BoardSettingsDialogProps) {
  const update = useUpdateBoard(board.id);
  const remove = useDeleteBoard(board.id);
  const navigate = useNavigate();
  const [emptyName, setEmptyName] = useState(false);

  function rename(value: string) {
    const name = value.trim();
    setEmptyName(name === '');
    if (name === '') return;
    if (name === board.name) return onClose();
    update.mutate({ name }, { onSuccess: onClose });
  }

  if (mode === 'rename') {
    const error = emptyName ? 'Enter a name' : update.error && (fieldErrorsOf(update.error).name ?? update.error.message);
    return (
      <Dialog title="Rename board" onClose={onClose}>
        <InlineEditForm
          formLabel="Rename the board"
          label="Board name"
          initialValue={board.name}
          maxLength={limits.boardNameMax}
          autoComplete="off"
          busy={update.isPending}
          error={error ?? undefined}
          onSubmit={rename}
          onCancel={onClose}
        />
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      title={`Delete ${board.name}?`}
      confirmLabel="Delete board"
      busy={remove.isPending}
      error={remove.error?.message}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/', { replace: true }) })}
      onCancel={onClose}
    >
      <p>
        The board, its columns and all {formatCount(cardCount)} of its cards, archived ones included, are deleted
        for every member. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
