import type { Member } from '@brisk/shared-contracts';
import { Alert, Panel } from '@brisk/web-ui';
import { useNavigate } from 'react-router';
import { useChangeMemberRole } from '../../api/use-change-member-role.ts';
import { useRemoveMember } from '../../api/use-remove-member.ts';
import { describeMemberError } from './describe-member-error.ts';
import { MemberRow } from './member-row.tsx';
import rows from '../rows/rows.module.css';
import styles from './members.module.css';

export interface MemberListProps {
  boardId: string;
  members: Member[];
  canManage: boolean;
  currentUserId: string | undefined;
}

export function MemberList({ boardId, members, canManage, currentUserId }: MemberListProps) {
  const changeRole = useChangeMemberRole(boardId);
  const remove = useRemoveMember(boardId);
  const navigate = useNavigate();
  const error = changeRole.error ?? remove.error;

  function removeMember(userId: string) {
    // Leaving a board takes away the right to look at it, so go home rather than to a 404.
    remove.mutate(userId, {
      onSuccess: () => {
        if (userId === currentUserId) void navigate('/');
      },
    });
  }

  return (
    <Panel>
      {error && (
        <Alert
          className={styles.notice}
          onDismiss={() => {
            changeRole.reset();
            remove.reset();
          }}
        >
          {describeMemberError(error)}
        </Alert>
      )}
      <ul className={rows.list} aria-label="Members">
        {members.map((member) => (
          <MemberRow
            key={member.userId}
            member={member}
            isCurrentUser={member.userId === currentUserId}
            canManage={canManage}
            busy={changeRole.isPending || remove.isPending}
            onChangeRole={(role) => changeRole.mutate({ userId: member.userId, role })}
            onRemove={() => removeMember(member.userId)}
          />
        ))}
      </ul>
    </Panel>
  );
}
