import { Link } from 'react-router';
import styles from './shell.module.css';

export function BrandLink() {
  return (
    <Link to="/" className={styles.brand}>
      <span className={styles.logo} aria-hidden="true" />
      Brisk
    </Link>
  );
}
