import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { __camel__Policy } from '../policy.ts';
import { auditCopy } from '../presenter.ts';
import { find__Pascal__Row } from '../repository.ts';
import { __camel__Records } from '../tables.ts';

/** Soft-deletes a record the caller may delete (the row stays for the audit trail); audited. */
export async function delete__Pascal__Record(ctx: AppContext, auth: AuthContext, id: string): Promise<{ ok: true }> {
  await ctx.db.transaction(async (tx) => {
    const old = authorize(__camel__Policy, auth, await find__Pascal__Row(tx, id), 'delete');
    await tx
      .update(__camel__Records)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: old.version + 1 })
      .where(eq(__camel__Records.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: '__name__.record.delete',
      entityType: '__camel__Record',
      entityId: id,
      townshipId: old.townshipId,
      before: auditCopy(old),
    });
  });
  return { ok: true };
}
