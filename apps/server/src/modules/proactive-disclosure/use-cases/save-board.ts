import type { BulletinBoardInput, UpdateBulletinBoardRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { assertCanWriteInOrg, assertCanWriteRecord } from '../policy.ts';
import { findBoard, findLiveBoardOfOrg, findOrgInfo, listBoardOrgs, type BoardRow, type OrgInfo } from '../repository.ts';
import { pdBulletinBoards } from '../tables.ts';

export const BOARD_ENTITY = 'bulletinBoard';
const BOARD_KINDS = ['township', 'village', 'community'];

const defaultName = (org: OrgInfo) => `${org.name.replace(/^【演示】/, '')}${org.kind === 'township' ? '政务公开栏' : '村务公开栏'}`;

/**
 * One board for the township and each village / community that has none yet (seedTownship, and the
 * "add missing boards" action). Monthly by default: 《村民委员会组织法》第三十条 asks for money matters
 * every month and the rest at least every quarter.
 */
export async function ensureBoards(tx: DbOrTx, actor: Actor, townshipId: string, sinceOn: string): Promise<BoardRow[]> {
  const orgRows = await listBoardOrgs(tx, townshipId);
  const made: BoardRow[] = [];
  for (const org of orgRows) {
    if (await findLiveBoardOfOrg(tx, org.id)) continue;
    const [row] = await tx
      .insert(pdBulletinBoards)
      .values({
        townshipId,
        orgId: org.id,
        name: defaultName(org),
        rhythm: 'monthly',
        sinceOn,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    made.push(row!);
  }
  if (made.length) {
    await writeAudit(tx, actor, {
      action: 'proactive-disclosure.board.create',
      entityType: BOARD_ENTITY,
      entityId: null,
      townshipId,
      after: made.map((b) => ({ id: b.id, orgId: b.orgId, name: b.name })),
    });
  }
  return made;
}

export async function createBoard(ctx: AppContext, auth: AuthContext, input: BulletinBoardInput): Promise<BoardRow> {
  return ctx.db.transaction(async (tx) => {
    const org = await findOrgInfo(tx, input.orgId);
    assertCanWriteInOrg(auth.scope, org);
    if (!BOARD_KINDS.includes((org as OrgInfo).kind)) throw new AppError('PROACTIVE_DISCLOSURE.BOARD_ORG_INVALID');
    if (await findLiveBoardOfOrg(tx, org.id)) throw new AppError('PROACTIVE_DISCLOSURE.BOARD_EXISTS');
    const [row] = await tx
      .insert(pdBulletinBoards)
      .values({
        townshipId: org.townshipId,
        orgId: org.id,
        name: input.name ?? defaultName(org as OrgInfo),
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

export async function updateBoard(ctx: AppContext, auth: AuthContext, id: string, input: UpdateBulletinBoardRequest): Promise<BoardRow> {
  return ctx.db.transaction(async (tx) => {
    const board = await findBoard(tx, auth.scope, id);
    if (!board) throw new AppError('RECORD.NOT_FOUND');
    assertCanWriteRecord(auth.scope, board);
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
