import type { ReactNode } from 'react';
import { Alert } from '../alert/alert.tsx';
import { Button } from '../button/button.tsx';
import { Dialog } from '../dialog/dialog.tsx';
import styles from './confirm-dialog.module.css';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The confirming button's words: the action itself ("Delete column"), never a bare "OK". */
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  busy?: boolean;
  /** Why the action failed, or why it cannot be done, shown above the buttons. */
  error?: string | undefined;
  /** Leave out when the action cannot be done: the dialog then only explains, and its own Close button closes it. */
  onConfirm?: (() => void) | undefined;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Escape, the backdrop and Cancel all back out. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'danger',
  busy = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <div className={styles.body}>{children}</div>
      {error && <Alert>{error}</Alert>}
      {onConfirm && (
        <div className={styles.actions}>
          <Button onClick={onCancel}>{cancelLabel}</Button>
          <Button variant={tone} busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      )}
    </Dialog>
  );
}
