import type { Board } from '@brisk/shared-contracts';
import { ActionMenu, ActionMenuItem } from '@brisk/web-ui';
import { lazy, Suspense, useState } from 'react';
import type { BoardSettingsMode } from './board-settings-dialog.tsx';

const loadDialog = () => import('./board-settings-dialog.tsx');
const BoardSettingsDialog = lazy(async () => ({ default: (await loadDialog()).BoardSettingsDialog }));

export interface BoardActionsProps {
  board: Board;
  cardCount: number;
}

/** The owner's board menu. */
export function BoardActions({ board, cardCount }: BoardActionsProps) {
  const [open, setOpen] = useState<BoardSettingsMode | null>(null);
  return (
    <>
      <ActionMenu label="Board actions" onOpen={() => void loadDialog()}>
        <ActionMenuItem onSelect={() => setOpen('rename')}>Rename board</ActionMenuItem>
        <ActionMenuItem tone="danger" onSelect={() => setOpen('delete')}>
          Delete board
        </ActionMenuItem>
      </ActionMenu>
      {open && (
        <Suspense fallback={null}>
          <BoardSettingsDialog mode={open} board={board} cardCount={cardCount} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
