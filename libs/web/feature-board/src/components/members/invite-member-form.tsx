import { limits, type AddMemberBody } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { Alert, Button, Panel, SelectField, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { useInviteMember } from '../../api/use-invite-member.ts';
import { roleLabels } from '../../model/role-labels.ts';
import { describeMemberError } from './describe-member-error.ts';
import styles from './members.module.css';

const inviteRoles = [
  { value: 'member', label: roleLabels.member },
  { value: 'viewer', label: roleLabels.viewer },
] as const;

export function InviteMemberForm({ boardId }: { boardId: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AddMemberBody['role']>('member');
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useInviteMember(boardId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setInvited(null);
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (member) => {
          setInvited(`${member.name} joined as ${roleLabels[member.role].toLowerCase()}.`);
          setEmail('');
        },
      },
    );
  }

  const fieldErrors = fieldErrorsOf(invite.error);
  const emailError = invite.error && (fieldErrors.email ?? describeMemberError(invite.error));
  return (
    <Panel>
      <form className={styles.invite} aria-label="Invite a member" onSubmit={handleSubmit} noValidate>
        <TextField
          className={styles.email}
          label="Email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          maxLength={limits.emailMax}
          autoComplete="off"
          error={emailError ?? undefined}
        />
        <SelectField
          label="Role"
          value={role}
          onChange={(event) => setRole(event.target.value as AddMemberBody['role'])}
          options={inviteRoles}
        />
        <Button type="submit" variant="primary" busy={invite.isPending}>
          Invite
        </Button>
      </form>
      {invited && (
        <Alert tone="success" className={styles.notice}>
          {invited}
        </Alert>
      )}
    </Panel>
  );
}
