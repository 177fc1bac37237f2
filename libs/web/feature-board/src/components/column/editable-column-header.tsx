import type { Column } from '@brisk/shared-contracts';
import { ActionMenu, ActionMenuItem } from '@brisk/web-ui';
import { useState, type ReactNode } from 'react';
import { WipIndicator } from '../board/wip-indicator.tsx';
import { ColumnNameForm } from './column-name-form.tsx';
import { DeleteColumnDialog } from './delete-column-dialog.tsx';
import { WipLimitForm } from './wip-limit-form.tsx';
import styles from '../board/column.module.css';

export interface EditableColumnHeaderProps {
  column: Column;
  cardCount: number;
  /** The column's index in the board and how many there are, for "Move left/right". */
  index: number;
  columnCount: number;
  /** The grip that drags the column (the pointer) or picks it up (Space). */
  dragHandle: ReactNode;
  onMove: (columnId: string, toIndex: number) => void;
}

/** A member's column header: the name and WIP limit edit in place; the actions menu holds the rest. */
export function EditableColumnHeader({ column, cardCount, index, columnCount, dragHandle, onMove }: EditableColumnHeaderProps) {
  const [editing, setEditing] = useState<'name' | 'wip' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const done = () => setEditing(null);
  return (
    <>
      {editing === 'name' ? (
        <ColumnNameForm column={column} onDone={done} />
      ) : (
        <h2 className={styles.name}>{column.name}</h2>
      )}
      {editing === 'wip' ? (
        <WipLimitForm column={column} onDone={done} />
      ) : (
        <WipIndicator count={cardCount} limit={column.wipLimit} />
      )}
      <span className={styles.tools}>
        {dragHandle}
        <ActionMenu label={`Actions for column ${column.name}`}>
          <ActionMenuItem onSelect={() => setEditing('name')}>Rename</ActionMenuItem>
          <ActionMenuItem onSelect={() => setEditing('wip')}>Set WIP limit</ActionMenuItem>
          <ActionMenuItem disabled={index === 0} onSelect={() => onMove(column.id, index - 1)}>
            Move left
          </ActionMenuItem>
          <ActionMenuItem disabled={index >= columnCount - 1} onSelect={() => onMove(column.id, index + 1)}>
            Move right
          </ActionMenuItem>
          <ActionMenuItem tone="danger" onSelect={() => setDeleting(true)}>
            Delete column
          </ActionMenuItem>
        </ActionMenu>
      </span>
      {deleting && <DeleteColumnDialog column={column} cardCount={cardCount} onClose={() => setDeleting(false)} />}
    </>
  );
}
