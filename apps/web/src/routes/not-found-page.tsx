import { Page } from '@brisk/web-ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Page title="Not found">
      <p>Nothing lives at this address.</p>
      <p>
        <Link to="/">Back to your boards</Link>
      </p>
    </Page>
  );
}
