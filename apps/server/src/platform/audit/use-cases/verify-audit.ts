import type { AuditChainReport } from '@yifa/domain';
import type { AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { canVerifyChain } from '../policy.ts';
import { verifyAuditChain } from '../verify-chain.ts';

/** The same check as `npm run audit:verify`, for the system administrator's page. */
export async function verifyAudit(ctx: AppContext, auth: AuthContext): Promise<AuditChainReport> {
  if (!canVerifyChain(auth.scope))
    throw new AppError('AUTH.FORBIDDEN', { detail: 'only the system administrator verifies the whole chain' });
  const report = await verifyAuditChain(ctx.db);
  return { ...report, checkedAt: new Date().toISOString() };
}
