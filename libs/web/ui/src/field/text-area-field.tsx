import type { ComponentProps } from 'react';
import { Field, type FieldOwnProps } from './field.tsx';
import styles from './field.module.css';

export type TextAreaFieldProps = FieldOwnProps & Omit<ComponentProps<'textarea'>, 'id' | 'className'>;

export function TextAreaField({ label, error, hint, className, rows = 4, ...textAreaProps }: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => <textarea className={styles.control} rows={rows} {...control} {...textAreaProps} />}
    </Field>
  );
}
