import { limits, type Column } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { InlineEditForm } from '@brisk/web-ui';
import { useState } from 'react';
import { useUpdateColumn } from '../../api/use-update-column.ts';
import { describeColumnError } from '../../model/describe-column-error.ts';

export interface ColumnEditFormProps {
  column: Column;
  onDone: () => void;
}

export function ColumnNameForm({ column, onDone }: ColumnEditFormProps) {
  const update = useUpdateColumn(column.boardId);
  const [emptyName, setEmptyName] = useState(false);

  function save(value: string) {
    const name = value.trim();
    setEmptyName(name === '');
    if (name === '') return;
    if (name === column.name) return onDone();
    update.mutate({ columnId: column.id, body: { name, version: column.version } }, { onSuccess: onDone });
  }

  const error = emptyName
    ? 'Enter a name'
    : update.error && (fieldErrorsOf(update.error).name ?? describeColumnError(update.error, 'rename'));
  return (
    <InlineEditForm
      formLabel={`Rename column ${column.name}`}
      label="New name"
      initialValue={column.name}
      maxLength={limits.columnNameMax}
      autoComplete="off"
      busy={update.isPending}
      error={error ?? undefined}
      onSubmit={save}
      onCancel={onDone}
    />
  );
}
