import { membersQueryOptions, removeMember } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function useRemoveMember(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(boardId, userId),
    onSuccess: (_nothing, userId) => {
      queryClient.setQueryData(
        membersQueryOptions(boardId).queryKey,
        (members) => members?.filter((member) => member.userId !== userId),
      );
    },
  });
}
