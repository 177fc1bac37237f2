import type { ReactNode } from 'react';
import { joinClassNames } from '../class-names.ts';
import styles from './alert.module.css';

export interface AlertProps {
  /** Errors interrupt (role="alert"); the other tones wait their turn (role="status"). */
  tone?: 'error' | 'info' | 'success';
  children: ReactNode;
  onDismiss?: () => void;
  className?: string;
}

export function Alert({ tone = 'error', children, onDismiss, className }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={joinClassNames(styles.alert, styles[tone], className)}>
      <div className={styles.message}>{children}</div>
      {onDismiss && (
        <button type="button" className={styles.dismiss} onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
