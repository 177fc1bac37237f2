import type { Column } from '@brisk/shared-contracts';
import { ActionMenu, ActionMenuItem } from '@brisk/web-ui';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { WipIndicator } from '../board/wip-indicator.tsx';
import type { ColumnEditorMode } from './column-editor.tsx';
import styles from '../board/column.module.css';

const loadEditor = () => import('./column-editor.tsx');
const ColumnEditor = lazy(async () => ({ default: (await loadEditor()).ColumnEditor }));

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
  const [editing, setEditing] = useState<ColumnEditorMode | null>(null);
  const editor = editing && (
    <Suspense fallback={null}>
      <ColumnEditor mode={editing} column={column} cardCount={cardCount} onDone={() => setEditing(null)} />
    </Suspense>
  );
  return (
    <>
      {editing === 'name' ? editor : <h2 className={styles.name}>{column.name}</h2>}
      {editing === 'wip' ? editor : <WipIndicator count={cardCount} limit={column.wipLimit} />}
      <span className={styles.tools}>
        {dragHandle}
        <ActionMenu label={`Actions for column ${column.name}`} onOpen={() => void loadEditor()}>
          <ActionMenuItem onSelect={() => setEditing('name')}>Rename</ActionMenuItem>
          <ActionMenuItem onSelect={() => setEditing('wip')}>Set WIP limit</ActionMenuItem>
          <ActionMenuItem disabled={index === 0} onSelect={() => onMove(column.id, index - 1)}>
            Move left
          </ActionMenuItem>
          <ActionMenuItem disabled={index >= columnCount - 1} onSelect={() => onMove(column.id, index + 1)}>
            Move right
          </ActionMenuItem>
          <ActionMenuItem tone="danger" onSelect={() => setEditing('delete')}>
            Delete column
          </ActionMenuItem>
        </ActionMenu>
      </span>
      {editing === 'delete' && editor}
    </>
  );
}
