import type { ComponentProps } from 'react';
import { Field, type FieldOwnProps } from './field.tsx';
import styles from './field.module.css';

export type TextFieldProps = FieldOwnProps & Omit<ComponentProps<'input'>, 'id' | 'className'>;

export function TextField({ label, error, hint, className, ...inputProps }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => <input className={styles.control} {...control} {...inputProps} />}
    </Field>
  );
}
