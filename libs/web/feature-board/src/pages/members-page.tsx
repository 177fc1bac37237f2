import { boardQueryOptions, meQueryOptions, membersQueryOptions } from '@brisk/web-data-access-api';
import { Page } from '@brisk/web-ui';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { InviteMemberForm } from '../components/members/invite-member-form.tsx';
import { MemberList } from '../components/members/member-list.tsx';
import { useRouteParam } from '../routing/use-route-param.ts';

export function MembersPage() {
  const boardId = useRouteParam('boardId');
  const { data: detail } = useSuspenseQuery(boardQueryOptions(boardId));
  const { data: members } = useSuspenseQuery(membersQueryOptions(boardId));
  const { data: me } = useQuery(meQueryOptions());
  const isOwner = detail.board.role === 'owner';

  return (
    <Page title="Members" actions={<Link to={`/b/${boardId}`}>Back to {detail.board.name}</Link>}>
      {isOwner && <InviteMemberForm boardId={boardId} />}
      <MemberList boardId={boardId} members={members} canManage={isOwner} currentUserId={me?.id} />
    </Page>
  );
}
