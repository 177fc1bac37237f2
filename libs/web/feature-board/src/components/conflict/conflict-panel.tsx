import { Button, joinClassNames } from '@brisk/web-ui';
import { useId, type ReactNode } from 'react';
import styles from './conflict-panel.module.css';

export interface ConflictPanelProps {
  /** What happened, announced as it appears. */
  message: string;
  /** How the user's version and the current one differ. */
  children?: ReactNode;
  busy: boolean;
  className?: string;
  onApply: () => void;
  onDiscard: () => void;
}

/** Someone else saved first: the user keeps their edits to send again over the current version, or drops them. */
export function ConflictPanel({ message, children, busy, className, onApply, onDiscard }: ConflictPanelProps) {
  const messageId = useId();
  return (
    <section className={joinClassNames(styles.panel, className)} aria-labelledby={messageId}>
      <p id={messageId} role="alert">
        {message}
      </p>
      {children}
      <div className={styles.actions}>
        <Button variant="primary" busy={busy} onClick={onApply}>
          Apply my changes again
        </Button>
        <Button onClick={onDiscard}>Discard mine</Button>
      </div>
    </section>
  );
}
