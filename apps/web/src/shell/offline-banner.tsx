import { isOffline, subscribeToConnectivity } from '@brisk/web-data-access-api';
import { useSyncExternalStore } from 'react';
import styles from './shell.module.css';

/** The live region is always there, so screen readers announce going offline. */
export function OfflineBanner() {
  const offline = useSyncExternalStore(subscribeToConnectivity, isOffline);
  return (
    <div role="status" className={offline ? styles.offlineBanner : undefined}>
      {offline &&
        'You are offline — showing your boards as they were last loaded. Changes cannot be saved until you reconnect.'}
    </div>
  );
}
