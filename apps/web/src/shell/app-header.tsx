import { meQueryOptions } from '@brisk/web-data-access-api';
import { Button } from '@brisk/web-ui';
import { useSuspenseQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { BrandLink } from './brand-link.tsx';
import { useLogOut } from './use-log-out.ts';
import styles from './shell.module.css';

const navLinkClass = ({ isActive }: { isActive: boolean }) => (isActive ? styles.activeNavLink : styles.navLink);

export function AppHeader() {
  const { data: user } = useSuspenseQuery(meQueryOptions());
  const logOut = useLogOut();
  return (
    <header className={styles.header}>
      <BrandLink />
      <nav aria-label="Main" className={styles.nav}>
        <NavLink to="/" end className={navLinkClass}>
          Boards
        </NavLink>
        <NavLink to="/search" className={navLinkClass}>
          Search
        </NavLink>
      </nav>
      <div className={styles.user}>
        <span className={styles.userName}>{user.name}</span>
        <Button size="small" onClick={() => logOut.mutate()} busy={logOut.isPending}>
          Log out
        </Button>
      </div>
    </header>
  );
}
