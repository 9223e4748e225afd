import type { BodyOf } from '@yifa/domain';
import type { proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { BOARD_UPDATE_ENTITY } from '../entities.ts';
import { boardPolicy } from '../policy.ts';
import { findBoard, type BoardUpdateRow } from '../repository.ts';
import { pdBulletinBoardUpdates } from '../tables.ts';

/** An update of a notice board, with photos of the posted notices as proof. */
export async function recordBoardUpdate(
  ctx: AppContext,
  auth: AuthContext,
  boardId: string,
  input: BodyOf<typeof proactiveDisclosureApi.recordBoardUpdate>,
): Promise<BoardUpdateRow> {
  return ctx.db.transaction(async (tx) => {
    const board = authorize(boardPolicy, auth, await findBoard(tx, auth.scope, boardId), 'recordUpdate');
    if (input.updatedOn > todayInChina()) {
      throw new AppError('REQUEST.VALIDATION_FAILED', {
        invalidParams: [{ name: 'body.updatedOn', code: 'invalid', reason: '更新日期不能晚于今天' }],
      });
    }
    const [row] = await tx
      .insert(pdBulletinBoardUpdates)
      .values({
        townshipId: board.townshipId,
        orgId: board.orgId,
        boardId,
        updatedOn: input.updatedOn,
        contentSummary: input.contentSummary,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    await attachFiles(tx, auth.scope, attachmentIds, BOARD_UPDATE_ENTITY, row!.id);
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.board-update.create',
      entityType: BOARD_UPDATE_ENTITY,
      entityId: row!.id,
      townshipId: board.townshipId,
      after: { ...row, attachmentIds },
    });
    return row!;
  });
}
