import { useEffect, useState } from 'react';
import { useNavigate } from 'react-admin';
import type { Me } from '../providers/auth-provider';
import { useConsoleServices } from '../providers/console-context';

/** The signed-in user for the stage pages (outside react-admin's layout); no session → the sign-in page. */
export function useSignedInUser(): Me | null {
  const { authProvider } = useConsoleServices();
  const navigate = useNavigate();
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let active = true;
    authProvider.getMe().then(
      (user) => active && setMe(user),
      () => active && navigate('/login', { replace: true }),
    );
    return () => {
      active = false;
    };
  }, [authProvider, navigate]);
  return me;
}
