import { defaultColumnNames, limits } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { Button, Panel, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateBoard } from '../../api/use-create-board.ts';
import { parseColumnNames } from '../../model/parse-column-names.ts';
import styles from './create-board-form.module.css';

/** Why the typed columns cannot start a board, or undefined when they can. */
function checkColumns(names: string[]): string | undefined {
  if (names.length === 0) return 'Name at least one column';
  if (names.length > limits.columnsPerBoardMax) return `Use at most ${limits.columnsPerBoardMax} columns`;
  if (names.some((name) => name.length > limits.columnNameMax)) {
    return `Keep each column name to ${limits.columnNameMax} characters`;
  }
  return undefined;
}

export function CreateBoardForm() {
  const [name, setName] = useState('');
  const [columns, setColumns] = useState(defaultColumnNames.join(', '));
  const [problems, setProblems] = useState<{ name?: string; columns?: string }>({});
  const createBoard = useCreateBoard();
  const navigate = useNavigate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const columnNames = parseColumnNames(columns);
    const found = { name: trimmed === '' ? 'Enter a name' : undefined, columns: checkColumns(columnNames) };
    setProblems(found);
    if (found.name || found.columns) return;
    createBoard.mutate(
      { name: trimmed, columns: columnNames },
      { onSuccess: (detail) => void navigate(`/b/${detail.board.id}`) },
    );
  }

  const serverErrors = fieldErrorsOf(createBoard.error);
  const columnsServerError = Object.entries(serverErrors).find(([field]) => field.startsWith('columns'))?.[1];
  return (
    <Panel>
      <form className={styles.form} aria-label="Create a board" onSubmit={handleSubmit} noValidate>
        <TextField
          className={styles.name}
          label="Board name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={limits.boardNameMax}
          autoComplete="off"
          error={problems.name ?? serverErrors.name ?? (columnsServerError ? undefined : createBoard.error?.message)}
        />
        <TextField
          className={styles.columns}
          label="Columns"
          hint="Comma separated, left to right"
          value={columns}
          onChange={(event) => setColumns(event.target.value)}
          autoComplete="off"
          error={problems.columns ?? columnsServerError}
        />
        <Button type="submit" variant="primary" busy={createBoard.isPending}>
          Create board
        </Button>
      </form>
    </Panel>
  );
}
