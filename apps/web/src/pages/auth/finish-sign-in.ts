import type { SessionInfo } from '@yifa/domain';
import type { QueryClient } from '@tanstack/react-query';
import { fetchSession, SESSION_KEY } from '../../auth/session.ts';

/** Where a session goes next: the step it still lacks, or the page the user came from. */
export function nextPathFor(session: SessionInfo, from: string | undefined): string {
  if (session.isMfaPending) return '/login';
  if (session.mustChangePassword) return '/change-password';
  if (session.isTotpSetupRequired) return '/totp-setup';
  const isSafe = !!from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login');
  return isSafe ? from : '/';
}

/** Reads the new session (and its CSRF token) into the cache and says where to go. */
export async function finishSignIn(queryClient: QueryClient, from: string | undefined): Promise<string> {
  const session = await fetchSession();
  queryClient.setQueryData(SESSION_KEY, session);
  return nextPathFor(session, from);
}
