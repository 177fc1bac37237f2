import { useEffect, useRef, useState, type ReactNode } from 'react';
import styles from './toast.module.css';

export interface ToastAction {
  label: string;
  onClick: () => void;
  busy?: boolean;
}

export interface ToastProps {
  children: ReactNode;
  /** What the user can do about it, e.g. Undo. */
  action?: ToastAction | undefined;
  /** How long it stays, in ms: counted again whenever the pointer or focus leaves it, so nobody is hurried. */
  duration: number;
  onDismiss: () => void;
}

/** A short message with an action and Dismiss, for inside a ToastRegion; it dismisses itself after `duration`. */
export function Toast({ children, action, duration, onDismiss }: ToastProps) {
  const [held, setHeld] = useState(false);
  // The latest callback, so a parent that re-renders does not restart the countdown.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss.current(), duration);
    return () => clearTimeout(timer);
  }, [held, duration]);

  const hold = () => setHeld(true);
  const release = () => setHeld(false);
  return (
    <div className={styles.toast} onMouseEnter={hold} onMouseLeave={release} onFocus={hold} onBlur={release}>
      <span className={styles.message}>{children}</span>
      {action && (
        <button
          type="button"
          className={styles.action}
          disabled={action.busy}
          aria-busy={action.busy || undefined}
          onClick={action.onClick}
        >
          {action.label}
        </button>
      )}
      <button type="button" className={styles.action} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
