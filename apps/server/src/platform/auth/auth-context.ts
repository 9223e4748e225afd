import type { PermissionCode } from '@yifa/domain';
import type { Actor } from '../audit/write-audit.ts';
import type { DataScope } from '../scope/data-scope.ts';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  townshipId: string | null;
  orgId: string | null;
  personId: string | null;
  locale: string;
  mustChangePassword: boolean;
  isTotpEnabled: boolean;
}

/** Everything a handler knows about the caller. */
export interface AuthContext {
  user: AuthUser;
  tokenHash: string;
  csrfToken: string;
  isMfaPending: boolean;
  /** An administrator who must set up a second factor before anything else (settings). */
  isTotpSetupRequired: boolean;
  roleCodes: string[];
  permissions: Set<PermissionCode>;
  scope: DataScope;
  ip: string;
}

export function actorOf(auth: AuthContext): Actor {
  return { userId: auth.user.id, name: auth.user.displayName, ip: auth.ip, townshipId: auth.user.townshipId };
}

export function hasPermission(auth: AuthContext, code: PermissionCode): boolean {
  return auth.permissions.has(code);
}
