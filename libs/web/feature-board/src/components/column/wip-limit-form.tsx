import { limits } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { InlineEditForm } from '@brisk/web-ui';
import { useState } from 'react';
import { useUpdateColumn } from '../../api/use-update-column.ts';
import { describeColumnError } from '../../model/describe-column-error.ts';
import type { ColumnEditFormProps } from './column-name-form.tsx';

const outOfRange = `Use a whole number from 1 to ${limits.wipLimitMax}, or leave it empty for no limit`;

/** "" clears the limit; anything else must be a whole number in range. */
function parseWipLimit(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const limit = Number(text);
  return Number.isInteger(limit) && limit >= 1 && limit <= limits.wipLimitMax ? limit : undefined;
}

export function WipLimitForm({ column, onDone }: ColumnEditFormProps) {
  const update = useUpdateColumn(column.boardId);
  const [invalid, setInvalid] = useState(false);

  function save(value: string) {
    const wipLimit = parseWipLimit(value);
    setInvalid(wipLimit === undefined);
    if (wipLimit === undefined) return;
    if (wipLimit === column.wipLimit) return onDone();
    update.mutate({ columnId: column.id, body: { wipLimit, version: column.version } }, { onSuccess: onDone });
  }

  const error = invalid
    ? outOfRange
    : update.error && (fieldErrorsOf(update.error).wipLimit ?? describeColumnError(update.error, 'limit'));
  return (
    <InlineEditForm
      formLabel={`Set the WIP limit of column ${column.name}`}
      label="WIP limit"
      hint="Most cards this column should hold; empty for no limit"
      type="number"
      inputMode="numeric"
      min={1}
      max={limits.wipLimitMax}
      initialValue={column.wipLimit === null ? '' : String(column.wipLimit)}
      busy={update.isPending}
      error={error ?? undefined}
      onSubmit={save}
      onCancel={onDone}
    />
  );
}
