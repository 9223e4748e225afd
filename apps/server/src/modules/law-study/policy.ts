import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { canWriteTownship, type DataScope } from '../../platform/scope/data-scope.ts';

/**
 * Study records belong to the township of the signed-in user: only a township's own people record
 * them (a county reviewer reads, never writes; the system administrator holds no law-study rights).
 */
export function writableTownship(auth: AuthContext): string {
  const townshipId = auth.user.townshipId;
  if (!townshipId || !canWriteTownship(auth.scope, townshipId)) throw new AppError('AUTH.FORBIDDEN');
  return townshipId;
}

/**
 * The township a read is about: the user's own, or for a county reviewer / administrator the one
 * named in the query (inside the scope, else not found).
 */
export function readableTownship(scope: DataScope, ownTownshipId: string | null, requested: string | undefined): string {
  const id = requested ?? ownTownshipId;
  if (!id)
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'query.townshipId', code: 'required', reason: '请选择乡镇（街道）' }],
    });
  if (scope.townshipIds !== 'all' && !scope.townshipIds.includes(id)) throw new AppError('RECORD.NOT_FOUND');
  return id;
}

/** Sessions and exams are township-wide events: everyone of the township with the read permission sees them. */
export function isTownshipVisible(scope: DataScope, townshipId: string): boolean {
  return scope.townshipIds === 'all' || scope.townshipIds.includes(townshipId);
}

/**
 * Whose hours the caller may see: everyone for township-wide scopes, the caller's own org(s) for
 * office staff and village cadres (their data scope), only oneself for an 'own' scope.
 */
export function personVisible(scope: DataScope, ownPersonId: string | null, person: { id: string; orgId: string }): boolean {
  if (scope.kind === 'own') return person.id === ownPersonId;
  return scope.orgIds === null || scope.orgIds.includes(person.orgId) || person.id === ownPersonId;
}
