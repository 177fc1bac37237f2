import { boardQueryOptions } from '@brisk/web-data-access-api';
import { Page, Panel } from '@brisk/web-ui';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LabelChips } from '../components/labels/label-chips.tsx';
import { LabelSetEditor } from '../components/labels/label-set-editor.tsx';
import { useRouteParam } from '../routing/use-route-param.ts';

/** The board's label set: members edit it, viewers see it. */
export function LabelsPage() {
  const boardId = useRouteParam('boardId');
  const { data: detail } = useSuspenseQuery(boardQueryOptions(boardId));
  const { board } = detail;

  return (
    <Page title="Labels" actions={<Link to={`/b/${boardId}`}>Back to {board.name}</Link>}>
      {board.role === 'viewer' ? (
        <Panel>
          <LabelChips labels={board.labels} name="Labels" />
        </Panel>
      ) : (
        <LabelSetEditor board={board} />
      )}
    </Page>
  );
}
