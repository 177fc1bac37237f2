import { Outlet } from 'react-router';
import { NavigationProgress } from './navigation-progress.tsx';
import { UpdateBanner } from './update-banner.tsx';

export function RootLayout() {
  return (
    <>
      <NavigationProgress />
      <Outlet />
      <UpdateBanner />
    </>
  );
}
