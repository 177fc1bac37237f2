import { useId, type ReactNode } from 'react';
import { joinClassNames } from '../class-names.ts';
import styles from './field.module.css';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldOwnProps {
  label: ReactNode;
  /** Shown under the control and announced with it. */
  error?: string | undefined;
  hint?: string | undefined;
  className?: string | undefined;
}

interface FieldProps extends FieldOwnProps {
  children: (control: FieldControlProps) => ReactNode;
}

/** A visible label, the control, its hint and its error, wired together by ids. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={joinClassNames(styles.field, className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
