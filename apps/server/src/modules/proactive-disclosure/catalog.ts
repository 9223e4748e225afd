import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { findOrgInfo } from './repository.ts';

/** The responsible office must be an org of the same township (any org: the catalogue is township-wide). */
export async function assertResponsibleOrg(db: DbOrTx, townshipId: string, orgId: string | null | undefined): Promise<void> {
  if (!orgId) return;
  const org = await findOrgInfo(db, orgId);
  if (!org || org.townshipId !== townshipId) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'body.responsibleOrgId', code: 'invalid', reason: '责任科室须为本乡镇的机构' }],
    });
  }
}
