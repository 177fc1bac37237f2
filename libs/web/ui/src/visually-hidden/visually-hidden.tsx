import type { ReactNode } from 'react';
import styles from './visually-hidden.module.css';

/** Text for assistive technology only, e.g. the part of a label that the layout already makes obvious. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={styles.hidden}>{children}</span>;
}
