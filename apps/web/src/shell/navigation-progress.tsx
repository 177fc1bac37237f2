import { useNavigation } from 'react-router';
import styles from './shell.module.css';

/** While a route's chunk and data load, the current page stays up with a thin bar across the top. */
export function NavigationProgress() {
  const { state } = useNavigation();
  if (state === 'idle') return null;
  return <div className={styles.progress} role="progressbar" aria-label="Loading page" />;
}
