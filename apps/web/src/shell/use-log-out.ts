import { dropOfflineCopies, logOut } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

export function useLogOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logOut,
    onSuccess: async () => {
      // Leave the signed-in pages first: clearing under them would make them refetch, and get 401s. Replacing the
      // entry keeps Back from returning to the page just left.
      await navigate('/login', { replace: true });
      queryClient.clear();
      await dropOfflineCopies();
    },
  });
}
