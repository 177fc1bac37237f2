import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header.tsx';
import { OfflineBanner } from './offline-banner.tsx';
import { PageSpinner } from './page-spinner.tsx';
import styles from './shell.module.css';

export function SignedInLayout() {
  return (
    <>
      <AppHeader />
      <OfflineBanner />
      <main className={styles.main}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
