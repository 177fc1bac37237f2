import { limits } from '@brisk/shared-contracts';
import { Button, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { useCreateColumn } from '../../api/use-create-column.ts';
import styles from './inline-form.module.css';

export function AddColumnForm({ boardId }: { boardId: string }) {
  const [name, setName] = useState('');
  const [emptyName, setEmptyName] = useState(false);
  const createColumn = useCreateColumn(boardId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    setEmptyName(trimmed === '');
    if (trimmed === '') return;
    createColumn.mutate(trimmed, { onSuccess: () => setName('') });
  }

  const error = emptyName ? 'Enter a name' : createColumn.error?.message;
  return (
    <form className={styles.columnForm} aria-label="Add a column" onSubmit={handleSubmit}>
      <TextField
        label="Column name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={limits.columnNameMax}
        autoComplete="off"
        error={error}
      />
      <Button type="submit" size="small" busy={createColumn.isPending}>
        Add column
      </Button>
    </form>
  );
}
