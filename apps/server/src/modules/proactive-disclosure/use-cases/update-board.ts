import type { BodyOf } from '@yifa/domain';
import type { proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { BOARD_ENTITY } from '../entities.ts';
import { boardPolicy } from '../policy.ts';
import { findBoard, type BoardRow } from '../repository.ts';
import { pdBulletinBoards } from '../tables.ts';

/** Renames a board, moves it or changes its rhythm (monthly / quarterly). */
export async function updateBoard(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof proactiveDisclosureApi.updateBoard>,
): Promise<BoardRow> {
  return ctx.db.transaction(async (tx) => {
    const board = authorize(boardPolicy, auth, await findBoard(tx, auth.scope, id), 'update');
    if (board.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const [row] = await tx
      .update(pdBulletinBoards)
      .set({
        name: input.name ?? board.name,
        location: input.location !== undefined ? input.location : board.location,
        rhythm: input.rhythm ?? board.rhythm,
        version: board.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(pdBulletinBoards.id, id), eq(pdBulletinBoards.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.board.update',
      entityType: BOARD_ENTITY,
      entityId: id,
      townshipId: board.townshipId,
      before: board,
      after: row,
    });
    return row;
  });
}
