import { AppError } from '../../platform/http/app-error.ts';
import { canWriteTownship, isInScope, type DataScope } from '../../platform/scope/data-scope.ts';
import type { OrgInfo } from './repository.ts';

/** A county reviewer reads only; anybody else writes in their own township. */
export function assertCanWriteTownship(scope: DataScope, townshipId: string): void {
  if (scope.isReadOnly) throw new AppError('AUTH.FORBIDDEN');
  if (!canWriteTownship(scope, townshipId)) throw new AppError('RECORD.NOT_FOUND');
}

/**
 * Campaigns are the township's calendar: changed by callers who see the whole township (township
 * administrator, leader), not by one office or village.
 */
export function assertCanChangeCampaigns(scope: DataScope, townshipId: string): void {
  assertCanWriteTownship(scope, townshipId);
  if (scope.orgIds !== null || scope.kind === 'own') throw new AppError('AUTH.FORBIDDEN');
}

/**
 * The org a duty-list line or an activity belongs to must be an org of the township inside the
 * caller's scope (an office records its own activities, a village cadre their village's).
 * A duty list belongs to an office or the township itself (谁执法谁普法 binds state organs, not
 * villagers' committees).
 */
export function assertOrgUsable(
  scope: DataScope,
  townshipId: string,
  org: OrgInfo | undefined,
  purpose: 'duty' | 'activity',
  field = 'body.orgId',
): OrgInfo {
  assertCanWriteTownship(scope, townshipId);
  const kindOk = org && (purpose === 'activity' || org.kind === 'department' || org.kind === 'township');
  if (!org || !kindOk || !isInScope(scope, { townshipId, orgId: org.id, createdBy: scope.userId })) {
    throw new AppError('PUBLICITY.INVALID_ORG', {
      invalidParams: [{ name: field, code: 'invalid', reason: '所选机构不属于本乡镇（街道）或无权为其登记' }],
    });
  }
  return org;
}

/** Records of the caller's scope they may change (found within the scope already). */
export function assertCanChange(scope: DataScope, record: { townshipId: string; orgId: string; createdBy: string | null }): void {
  assertCanWriteTownship(scope, record.townshipId);
  if (!isInScope(scope, record)) throw new AppError('RECORD.NOT_FOUND');
}

/** Without throwing, for the presenter's `isEditable`. */
export function canChange(scope: DataScope, record: { townshipId: string; orgId: string; createdBy: string | null }): boolean {
  return !scope.isReadOnly && canWriteTownship(scope, record.townshipId) && isInScope(scope, record);
}
