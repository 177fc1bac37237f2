import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header.tsx';
import { PageSpinner } from './page-spinner.tsx';
import styles from './shell.module.css';

export function SignedInLayout() {
  return (
    <>
      <AppHeader />
      <main className={styles.main}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
