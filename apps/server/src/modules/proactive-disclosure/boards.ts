import { missingPeriods, periodKeyOf, type BoardRhythm } from '@yifa/domain/proactive-disclosure';
import { writeAudit, type Actor } from '../../platform/audit/write-audit.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { BOARD_ENTITY } from './entities.ts';
import { findLiveBoardOfOrg, listBoardOrgs, type BoardRow, type OrgInfo } from './repository.ts';
import { pdBulletinBoards } from './tables.ts';

/** The orgs that keep a notice board: the township and its villages / communities. */
export const BOARD_KINDS = ['township', 'village', 'community'];

export const defaultBoardName = (org: OrgInfo) =>
  `${org.name.replace(/^【演示】/, '')}${org.kind === 'township' ? '政务公开栏' : '村务公开栏'}`;

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
        name: defaultBoardName(org),
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

/** Board state for one year: which ended periods have no update (《村民委员会组织法》第三十条 rhythm). */
export function boardState(board: BoardRow, year: number, today: string, updates: string[]) {
  const rhythm = board.rhythm as BoardRhythm;
  const { missing } = missingPeriods({ year, rhythm, since: board.sinceOn, today, updates });
  const current = periodKeyOf(today, rhythm);
  return { rhythm, missing, currentPeriodKey: current, isCurrentPeriodUpdated: updates.some((d) => periodKeyOf(d, rhythm) === current) };
}
