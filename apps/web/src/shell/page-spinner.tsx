import { Spinner } from '@brisk/web-ui';
import styles from './shell.module.css';

export function PageSpinner() {
  return (
    <div className={styles.pageSpinner}>
      <Spinner />
    </div>
  );
}
