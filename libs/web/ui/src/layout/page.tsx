import type { ReactNode } from 'react';
import { joinClassNames } from '../class-names.ts';
import styles from './page.module.css';

export interface PageProps {
  title: ReactNode;
  /** Sits next to the title: badges, links, buttons. */
  actions?: ReactNode;
  /** Boards use the whole width; forms and lists read better narrow. */
  width?: 'narrow' | 'regular' | 'full';
  children: ReactNode;
}

export function Page({ title, actions, width = 'regular', children }: PageProps) {
  return (
    <div className={joinClassNames(styles.page, styles[width])}>
      <div className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </div>
  );
}
