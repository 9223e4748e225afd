import type { SessionInfo } from '@yifa/domain';
import { inArray } from 'drizzle-orm';
import { orgs } from '../../../modules/organisation/tables.ts';
import type { AppContext } from '../../http/app-context.ts';
import type { AuthContext } from '../auth-context.ts';

export async function getSessionInfo(ctx: AppContext, auth: AuthContext): Promise<SessionInfo> {
  const { security } = await ctx.settings.get();
  const ids = [auth.user.townshipId, auth.user.orgId].filter((x): x is string => !!x);
  const names = ids.length ? await ctx.db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids)) : [];
  const nameOf = (id: string | null) => (id ? (names.find((n) => n.id === id)?.name ?? null) : null);
  return {
    user: {
      id: auth.user.id,
      username: auth.user.username,
      displayName: auth.user.displayName,
      townshipId: auth.user.townshipId,
      townshipName: nameOf(auth.user.townshipId),
      orgId: auth.user.orgId,
      orgName: nameOf(auth.user.orgId),
      locale: auth.user.locale,
      isTotpEnabled: auth.user.isTotpEnabled,
    },
    csrfToken: auth.csrfToken,
    mustChangePassword: auth.user.mustChangePassword,
    isMfaPending: auth.isMfaPending,
    isTotpSetupRequired: auth.isTotpSetupRequired,
    roleCodes: auth.roleCodes,
    permissions: [...auth.permissions].sort(),
    dataScope: auth.scope.kind,
    isReadOnly: auth.scope.isReadOnly,
    idleMinutes: security.idleMinutes,
    passwordPolicy: { minLength: security.passwordMinLength, minClasses: security.passwordMinClasses },
  };
}
