import type { ComponentProps } from 'react';
import { joinClassNames } from '../class-names.ts';
import styles from './panel.module.css';

/** A white, bordered surface that groups a form or a list. */
export function Panel({ className, ...rest }: ComponentProps<'div'>) {
  return <div className={joinClassNames(styles.panel, className)} {...rest} />;
}
