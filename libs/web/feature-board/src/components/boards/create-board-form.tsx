import { limits } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { Button, Panel, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateBoard } from '../../api/use-create-board.ts';
import styles from './create-board-form.module.css';

export function CreateBoardForm() {
  const [name, setName] = useState('');
  const [emptyName, setEmptyName] = useState(false);
  const createBoard = useCreateBoard();
  const navigate = useNavigate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    setEmptyName(trimmed === '');
    if (trimmed === '') return;
    createBoard.mutate(trimmed, { onSuccess: (detail) => void navigate(`/b/${detail.board.id}`) });
  }

  const error = emptyName
    ? 'Enter a name'
    : (fieldErrorsOf(createBoard.error).name ?? createBoard.error?.message);
  return (
    <Panel>
      <form className={styles.form} aria-label="Create a board" onSubmit={handleSubmit}>
        <TextField
          className={styles.name}
          label="Board name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={limits.boardNameMax}
          autoComplete="off"
          error={error}
        />
        <Button type="submit" variant="primary" busy={createBoard.isPending}>
          Create board
        </Button>
      </form>
    </Panel>
  );
}
