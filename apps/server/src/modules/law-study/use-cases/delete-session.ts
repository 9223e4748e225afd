import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { sessionPolicy } from '../policy.ts';
import { findSession } from '../repository.ts';
import { lawStudySessions } from '../tables.ts';

/** Soft delete: the session and so its credited hours leave the ledger; the attendance rows stay for the record. */
export async function deleteSession(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = authorize(sessionPolicy, auth, await findSession(tx, auth.scope.townshipIds, id), 'delete');
    await tx
      .update(lawStudySessions)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: sql`${lawStudySessions.version} + 1` })
      .where(eq(lawStudySessions.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.session.delete',
      entityType: 'lawStudySession',
      entityId: id,
      townshipId: before.townshipId,
      before: { kind: before.kind, title: before.title, heldOn: before.heldOn, hours: before.hours },
    });
  });
}
