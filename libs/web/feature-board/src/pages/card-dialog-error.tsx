import { isApiError } from '@brisk/web-data-access-api';
import { Alert, Dialog } from '@brisk/web-ui';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { useRouteParam } from '../routing/use-route-param.ts';

/** A card that cannot be shown (deleted, or the link was wrong) should not take the board down with it. */
export function CardDialogError() {
  const error = useRouteError();
  const boardId = useRouteParam('boardId');
  const navigate = useNavigate();
  const { search } = useLocation();
  const notFound = isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED');
  return (
    <Dialog title={notFound ? 'Card not found' : 'Could not open the card'} onClose={() => void navigate(`/b/${boardId}${search}`)}>
      <Alert>
        {notFound ? 'This card does not exist any more.' : error instanceof Error ? error.message : 'Unknown error'}
      </Alert>
    </Dialog>
  );
}
