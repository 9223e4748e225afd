import type { BodyOf } from '@yifa/domain';
import type { proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { BOARD_KINDS, defaultBoardName } from '../boards.ts';
import { BOARD_ENTITY } from '../entities.ts';
import { filingPolicy } from '../policy.ts';
import { findLiveBoardOfOrg, findOrgInfo, type BoardRow } from '../repository.ts';
import { pdBulletinBoards } from '../tables.ts';

/** A notice board for the township or a village / community that has none (《村民委员会组织法》第三十条). */
export async function createBoard(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof proactiveDisclosureApi.createBoard>,
): Promise<BoardRow> {
  return ctx.db.transaction(async (tx) => {
    const org = await findOrgInfo(tx, input.orgId);
    if (!org?.townshipId) throw new AppError('RECORD.NOT_FOUND');
    authorize(filingPolicy, auth, { townshipId: org.townshipId, orgId: org.id }, 'board');
    if (!BOARD_KINDS.includes(org.kind)) throw new AppError('PROACTIVE_DISCLOSURE.BOARD_ORG_INVALID');
    if (await findLiveBoardOfOrg(tx, org.id)) throw new AppError('PROACTIVE_DISCLOSURE.BOARD_EXISTS');
    const [row] = await tx
      .insert(pdBulletinBoards)
      .values({
        townshipId: org.townshipId,
        orgId: org.id,
        name: input.name ?? defaultBoardName(org),
        location: input.location ?? null,
        rhythm: input.rhythm ?? 'monthly',
        sinceOn: todayInChina(),
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.board.create',
      entityType: BOARD_ENTITY,
      entityId: row!.id,
      townshipId: org.townshipId,
      after: row,
    });
    return row!;
  });
}
