import type { Role } from '@brisk/shared-contracts';
import { boardQueryOptions, membersQueryOptions, updateMember } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';

interface RoleChange {
  userId: string;
  role: Role;
}

export function useChangeMemberRole(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: RoleChange) => updateMember(boardId, userId, { role }),
    onSuccess: (member) => {
      queryClient.setQueryData(
        membersQueryOptions(boardId).queryKey,
        (members) => members?.map((candidate) => (candidate.userId === member.userId ? member : candidate)),
      );
      // The caller may have changed their own role, which the board carries.
      void queryClient.invalidateQueries({ queryKey: boardQueryOptions(boardId).queryKey });
    },
  });
}
