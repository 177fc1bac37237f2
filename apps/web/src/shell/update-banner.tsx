import { Button } from '@brisk/web-ui';
import { useSyncExternalStore } from 'react';
import { readUpdateOffer, subscribeToUpdateOffer } from '../service-worker/update-offer.ts';
import styles from './shell.module.css';

/** The live region is always there, so screen readers announce the offer when it appears. */
export function UpdateBanner() {
  const reloadIntoUpdate = useSyncExternalStore(subscribeToUpdateOffer, readUpdateOffer);
  return (
    <div role="status" className={reloadIntoUpdate ? styles.updateBanner : undefined}>
      {reloadIntoUpdate && (
        <>
          A new version of Brisk is available —
          <Button size="small" variant="primary" onClick={reloadIntoUpdate}>
            Reload
          </Button>
        </>
      )}
    </div>
  );
}
