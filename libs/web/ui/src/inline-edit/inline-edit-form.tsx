import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '../button/button.tsx';
import { TextField, type TextFieldProps } from '../field/text-field.tsx';
import styles from './inline-edit-form.module.css';

export interface InlineEditFormProps
  extends Omit<TextFieldProps, 'value' | 'defaultValue' | 'onChange' | 'onSubmit' | 'form'> {
  /** The form's accessible name, e.g. "Rename column To do". */
  formLabel: string;
  initialValue: string;
  busy?: boolean;
  submitLabel?: string;
  /** Gets the field's value as typed; the caller trims and validates. */
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/** Edits one value in place: the field takes focus, Enter saves, Escape or Cancel leaves it as it was. */
export function InlineEditForm({
  formLabel,
  initialValue,
  busy = false,
  submitLabel = 'Save',
  onSubmit,
  onCancel,
  ...fieldProps
}: InlineEditFormProps) {
  const [value, setValue] = useState(initialValue);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(value);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape') return;
    // Escape belongs to this form, not to a dialog or drag around it.
    event.stopPropagation();
    onCancel();
  }

  return (
    <form className={styles.form} aria-label={formLabel} onSubmit={handleSubmit} onKeyDown={handleKeyDown} noValidate>
      <TextField
        {...fieldProps}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className={styles.actions}>
        <Button type="submit" size="small" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        <Button size="small" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
