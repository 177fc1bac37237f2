import type { Member, Role } from '@brisk/shared-contracts';
import { Badge, Button, SelectField, VisuallyHidden } from '@brisk/web-ui';
import { roleLabels } from '../../model/role-labels.ts';
import rows from '../rows/rows.module.css';
import styles from './members.module.css';

const allRoles = (['owner', 'member', 'viewer'] as const).map((role) => ({ value: role, label: roleLabels[role] }));

export interface MemberRowProps {
  member: Member;
  isCurrentUser: boolean;
  canManage: boolean;
  busy: boolean;
  onChangeRole: (role: Role) => void;
  onRemove: () => void;
}

export function MemberRow({ member, isCurrentUser, canManage, busy, onChangeRole, onRemove }: MemberRowProps) {
  return (
    <li className={rows.row}>
      <div className={styles.who}>
        <span className={styles.name}>
          {member.name}
          {isCurrentUser && ' (you)'}
        </span>
        <span className={styles.address}>{member.email}</span>
      </div>
      {canManage ? (
        <div className={styles.controls}>
          {/* "Access", not "Role": the invite form's "Role" field must stay the only one by that name. */}
          <SelectField
            label={
              <>
                Access<VisuallyHidden> for {member.name}</VisuallyHidden>
              </>
            }
            value={member.role}
            onChange={(event) => onChangeRole(event.target.value as Role)}
            options={allRoles}
            disabled={busy}
          />
          <Button variant="danger" size="small" onClick={onRemove} disabled={busy} aria-label={`Remove ${member.name}`}>
            Remove
          </Button>
        </div>
      ) : (
        <Badge>{roleLabels[member.role]}</Badge>
      )}
    </li>
  );
}
