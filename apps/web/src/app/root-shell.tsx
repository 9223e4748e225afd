import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { setAuthInterruptionHandler } from '../api/client.ts';
import { resetSessionState, SESSION_KEY } from '../auth/session.ts';
import type { LoginLocationState } from '../pages/auth/login-state.ts';

/**
 * The top of the route tree: decides where an interrupted session goes. A 401 anywhere sends the
 * user to the login page with the reason (expired after idling, or not signed in); an incomplete
 * session goes to the step it lacks.
 */
export function RootShell() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    setAuthInterruptionHandler((kind, problem) => {
      const from = `${window.location.pathname}${window.location.search}`;
      if (kind === 'signIn') {
        resetSessionState(queryClient);
        const state: LoginLocationState = { reason: problem.code === 'AUTH.SESSION_EXPIRED' ? 'expired' : 'signIn', from };
        void navigate('/login', { replace: true, state });
      } else if (kind === 'secondFactor') {
        const state: LoginLocationState = { step: 'totp', from };
        void navigate('/login', { replace: true, state });
      } else {
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        void navigate(kind === 'changePassword' ? '/change-password' : '/totp-setup', { replace: true });
      }
    });
    return () => setAuthInterruptionHandler(null);
  }, [navigate, queryClient]);
  return <Outlet />;
}
