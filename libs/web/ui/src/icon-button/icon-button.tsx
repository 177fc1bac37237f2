import type { ComponentProps } from 'react';
import { joinClassNames } from '../class-names.ts';
import styles from './icon-button.module.css';

export interface IconButtonProps extends Omit<ComponentProps<'button'>, 'aria-label' | 'title'> {
  /** Spoken and shown on hover: an icon alone says nothing to a screen reader. */
  label: string;
}

/** A small square button showing a symbol (the symbol itself is hidden from assistive technology). */
export function IconButton({ label, className, children, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button type={type} aria-label={label} title={label} className={joinClassNames(styles.iconButton, className)} {...rest}>
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
