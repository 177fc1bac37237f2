import type { ReactNode } from 'react';
import styles from './toast-region.module.css';

/**
 * Where a page's toasts appear: a polite live region that stays on the page while empty, because screen readers
 * announce what changes inside a live region, not one that arrives already filled.
 */
export function ToastRegion({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={styles.region}>
      {children}
    </div>
  );
}
