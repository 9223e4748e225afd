import { AppError } from '../../platform/http/app-error.ts';
import { canWriteTownship, isInScope, type DataScope } from '../../platform/scope/data-scope.ts';
import type { AuthContext } from '../../platform/auth/auth-context.ts';

/**
 * Record-level rules (the route has checked the permission). Township-wide records (the
 * catalogue, the guide's settings) belong to the caller's own township; a county reviewer reads
 * and never writes. Records of an org (publications, boards, village disclosures) are written only
 * inside the writer's data scope: a village cadre writes their own village's board and nothing else.
 */
export function writableTownshipOf(auth: AuthContext): string {
  const townshipId = auth.user.townshipId;
  if (!townshipId) throw new AppError('AUTH.FORBIDDEN', { detail: 'no township: the system administrator keeps no township records' });
  if (!canWriteTownship(auth.scope, townshipId)) throw new AppError('AUTH.FORBIDDEN', { detail: 'read-only scope' });
  return townshipId;
}

/** A record already loaded within the caller's read scope: may the caller change it? */
export function assertCanWriteRecord(scope: DataScope, record: { townshipId: string; orgId: string; createdBy?: string | null }): void {
  if (!isInScope(scope, record)) throw new AppError('RECORD.NOT_FOUND');
  if (!canWriteTownship(scope, record.townshipId)) throw new AppError('AUTH.FORBIDDEN', { detail: 'read-only scope' });
}

/** An org the caller may file records under: of the township and inside the caller's org scope. */
export function assertCanWriteInOrg(
  scope: DataScope,
  org: { id: string; townshipId: string | null } | null,
): asserts org is { id: string; townshipId: string } {
  if (!org || !org.townshipId) throw new AppError('RECORD.NOT_FOUND');
  if (!isInScope(scope, { townshipId: org.townshipId, orgId: org.id })) throw new AppError('RECORD.NOT_FOUND');
  if (!canWriteTownship(scope, org.townshipId)) throw new AppError('AUTH.FORBIDDEN', { detail: 'read-only scope' });
}
