import type { AddMemberBody } from '@brisk/shared-contracts';
import { addMember, membersQueryOptions } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function useInviteMember(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddMemberBody) => addMember(boardId, body),
    onSuccess: (member) => {
      queryClient.setQueryData(membersQueryOptions(boardId).queryKey, (members) => members && [...members, member]);
    },
  });
}
