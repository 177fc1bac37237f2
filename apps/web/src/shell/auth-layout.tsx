import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { BrandLink } from './brand-link.tsx';
import { PageSpinner } from './page-spinner.tsx';
import styles from './shell.module.css';

export function AuthLayout() {
  return (
    <>
      <header className={styles.header}>
        <BrandLink />
      </header>
      <main className={styles.main}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
