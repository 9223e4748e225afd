import type { AuthContext } from '../../platform/auth/auth-context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { authorize } from '../../platform/policy/index.ts';
import { personPolicy } from './policy.ts';
import { findOrg, type OrgRow } from './repository.ts';

/**
 * The org a cadre is put in (on create, or on a move): it must exist in the caller's view, not be a
 * county node, and be one where the caller may keep cadres — the same rule as editing a cadre there.
 */
export async function orgForCadre(tx: Tx, auth: AuthContext, orgId: string): Promise<OrgRow & { townshipId: string }> {
  const org = await findOrg(tx, auth.scope, orgId);
  if (!org || !org.townshipId || org.kind === 'county')
    throw new AppError('RECORD.NOT_FOUND', { invalidParams: [{ name: 'body.orgId', code: 'unknown', reason: '所属机构不存在' }] });
  authorize(personPolicy, auth, { townshipId: org.townshipId, orgId: org.id, createdBy: auth.user.id }, 'update');
  return { ...org, townshipId: org.townshipId };
}

/** 离岗 never before 到岗 (the dates themselves are checked by the contract: never after today). */
export function checkPersonDates(input: { joinedOn?: string | null | undefined; leftOn?: string | null | undefined }): void {
  if (input.joinedOn && input.leftOn && input.leftOn < input.joinedOn) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'body.leftOn', code: 'before_joined', reason: '离岗日期不能早于到岗日期' }],
    });
  }
}
