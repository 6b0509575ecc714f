import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-admin';
import { stagePath, type Me } from '../providers/auth-provider';
import { useConsoleServices } from '../providers/console-context';

/**
 * After a mutation answered the user's new `Me` (password changed, TOTP enrolled): remember it, forget
 * react-admin's cached identity and permissions (they still hold the old stage), go where the stage says.
 */
export function useAdvanceStage() {
  const { authProvider } = useConsoleServices();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (me: Me) => {
      authProvider.setMe(me);
      await queryClient.invalidateQueries({ queryKey: ['auth'] });
      navigate(stagePath(me.stage) ?? '/', { replace: true });
    },
    [authProvider, queryClient, navigate],
  );
}
