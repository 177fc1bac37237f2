import type { User } from '@brisk/shared-contracts';
import { dropOfflineCopies, meQueryOptions } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../model/safe-next-path.ts';

/** Logging in and registering both end the same way: a fresh cache for the new user, then back where they were going. */
export function useSignIn<TBody>(signIn: (body: TBody) => Promise<User>) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async (user) => {
      // Nothing cached for whoever used this tab before may leak into the new session, nor be read offline by it.
      queryClient.clear();
      await dropOfflineCopies();
      queryClient.setQueryData(meQueryOptions().queryKey, user);
      void navigate(safeNextPath(searchParams.get('next')), { replace: true });
    },
  });
}
