// Types only: the sign-in path's bundle carries no zod (apps/web/src/zod-config.ts); the route is authApi.session.
import type { authApi, PermissionCode, ResponseOf } from '@yifa/domain';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, setCsrfToken } from '../api/client.ts';

type SessionInfo = ResponseOf<typeof authApi.session>;

export const SESSION_KEY = ['session'] as const;

/** GET /api/auth/session; also keeps the CSRF token the client echoes on state changes. */
export async function fetchSession(): Promise<SessionInfo> {
  const session = await api.get<ResponseOf<typeof authApi.session>>('/auth/session', { skipAuthRedirect: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false, meta: { silent: true } });
}

/** The signed-in session, for components rendered inside the authenticated layout only. */
export function useSessionInfo(): SessionInfo {
  const { data } = useSession();
  if (!data) throw new Error('useSessionInfo outside the authenticated layout');
  return data;
}

/**
 * Does the caller hold this permission? A county reviewer's scope is read-only whatever the
 * permission list says, so only read permissions count for them (the server refuses the rest).
 */
export function hasPermission(session: Pick<SessionInfo, 'permissions' | 'isReadOnly'> | undefined, code: PermissionCode): boolean {
  if (!session) return false;
  if (session.isReadOnly && !code.endsWith(':read')) return false;
  return session.permissions.includes(code);
}

export type Can = (code: PermissionCode) => boolean;

export function useCan(): Can {
  const { data } = useSession();
  return useCallback((code: PermissionCode) => hasPermission(data, code), [data]);
}

/** After login, logout or a password change: forget everything cached for the previous session. */
export function resetSessionState(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.clear();
}

export function useResetSession() {
  const queryClient = useQueryClient();
  return useCallback(() => resetSessionState(queryClient), [queryClient]);
}
