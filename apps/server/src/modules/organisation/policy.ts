import { AppError } from '../../platform/http/app-error.ts';
import { canWriteTownship, type DataScope } from '../../platform/scope/data-scope.ts';
import type { OrgRow } from './repository.ts';

/**
 * Who may change which part of the tree. The permission (org:org:write …) is checked by the route;
 * here is the record-level rule: only inside one's own township, never a county's or another
 * township's node, and a township node itself is changed only by the system administrator.
 */
export function assertCanChangeOrg(scope: DataScope, org: OrgRow): void {
  if (org.kind === 'county' || org.kind === 'township') {
    if (scope.kind !== 'all')
      throw new AppError('AUTH.FORBIDDEN', { detail: 'only the system administrator changes counties and townships' });
    return;
  }
  if (!org.townshipId || !canWriteTownship(scope, org.townshipId)) throw new AppError('RECORD.NOT_FOUND');
}

/** A person or user is written only inside the writer's data scope (an office clerk: their office). */
export function assertCanWriteInOrg(scope: DataScope, org: OrgRow): void {
  if (!org.townshipId || org.kind === 'county' || !canWriteTownship(scope, org.townshipId)) throw new AppError('RECORD.NOT_FOUND');
  if (scope.orgIds !== null && !scope.orgIds.includes(org.id)) throw new AppError('RECORD.NOT_FOUND');
}
