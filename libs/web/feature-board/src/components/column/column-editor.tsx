import type { Column } from '@brisk/shared-contracts';
import { ColumnNameForm } from './column-name-form.tsx';
import { DeleteColumnDialog } from './delete-column-dialog.tsx';
import { WipLimitForm } from './wip-limit-form.tsx';

export type ColumnEditorMode = 'name' | 'wip' | 'delete';

export interface ColumnEditorProps {
  mode: ColumnEditorMode;
  column: Column;
  cardCount: number;
  onDone: () => void;
}

/** The column's editors, one chunk loaded on first use: the board shows and drags without them. */
export function ColumnEditor({ mode, column, cardCount, onDone }: ColumnEditorProps) {
  if (mode === 'name') return <ColumnNameForm column={column} onDone={onDone} />;
  if (mode === 'wip') return <WipLimitForm column={column} onDone={onDone} />;
  return <DeleteColumnDialog column={column} cardCount={cardCount} onClose={onDone} />;
}
