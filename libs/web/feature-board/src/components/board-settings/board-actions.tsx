import { limits, type Board } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { ActionMenu, ActionMenuItem, ConfirmDialog, Dialog, InlineEditForm } from '@brisk/web-ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeleteBoard, useUpdateBoard } from '../../api/use-board-settings.ts';

export interface BoardActionsProps {
  board: Board;
  cardCount: number;
}

/** The owner's board menu: rename in a small dialog, delete after saying what goes with it. */
export function BoardActions({ board, cardCount }: BoardActionsProps) {
  const [open, setOpen] = useState<'rename' | 'delete' | null>(null);
  const update = useUpdateBoard(board.id);
  const remove = useDeleteBoard(board.id);
  const navigate = useNavigate();
  const [emptyName, setEmptyName] = useState(false);
  const close = () => {
    setOpen(null);
    setEmptyName(false);
    update.reset();
    remove.reset();
  };

  function rename(value: string) {
    const name = value.trim();
    setEmptyName(name === '');
    if (name === '') return;
    if (name === board.name) return close();
    update.mutate({ name }, { onSuccess: close });
  }

  const renameError = emptyName ? 'Enter a name' : update.error && (fieldErrorsOf(update.error).name ?? update.error.message);
  return (
    <>
      <ActionMenu label="Board actions">
        <ActionMenuItem onSelect={() => setOpen('rename')}>Rename board</ActionMenuItem>
        <ActionMenuItem tone="danger" onSelect={() => setOpen('delete')}>
          Delete board
        </ActionMenuItem>
      </ActionMenu>
      {open === 'rename' && (
        <Dialog title="Rename board" onClose={close}>
          <InlineEditForm
            formLabel="Rename the board"
            label="Board name"
            initialValue={board.name}
            maxLength={limits.boardNameMax}
            autoComplete="off"
            busy={update.isPending}
            error={renameError ?? undefined}
            onSubmit={rename}
            onCancel={close}
          />
        </Dialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          title={`Delete ${board.name}?`}
          confirmLabel="Delete board"
          busy={remove.isPending}
          error={remove.error?.message}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/', { replace: true }) })}
          onCancel={close}
        >
          <p>
            The board, its columns and all {cardCount.toLocaleString()} of its cards, archived ones included, are
            deleted for every member. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
