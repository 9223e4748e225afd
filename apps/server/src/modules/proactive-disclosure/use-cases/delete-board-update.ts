import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { BOARD_UPDATE_ENTITY } from '../entities.ts';
import { boardUpdatePolicy } from '../policy.ts';
import { findBoardUpdate } from '../repository.ts';
import { pdBulletinBoardUpdates } from '../tables.ts';

/** Soft delete of a board update (a wrong entry); the board's period may show as missing again. */
export async function deleteBoardUpdate(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = authorize(boardUpdatePolicy, auth, await findBoardUpdate(tx, auth.scope, id), 'delete');
    await tx
      .update(pdBulletinBoardUpdates)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: row.version + 1 })
      .where(eq(pdBulletinBoardUpdates.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.board-update.delete',
      entityType: BOARD_UPDATE_ENTITY,
      entityId: id,
      townshipId: row.townshipId,
      before: row,
    });
  });
}
