import type { BulletinBoard } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { isInScope } from '../../../platform/scope/data-scope.ts';
import { boardState } from '../boards.ts';
import { boardPolicy } from '../policy.ts';
import { boardUpdateDates, lastBoardUpdates, listBoardOrgs, listBoards, orgNames, type OrgInfo } from '../repository.ts';

/** The boards in the caller's scope with their state, and the orgs still without one (to add). */
export async function listBoardsWithState(
  db: DbOrTx,
  auth: AuthContext,
  year?: number,
): Promise<{ boards: BulletinBoard[]; orgsWithoutBoard: { id: string; name: string; kind: string }[] }> {
  const today = todayInChina();
  const y = year ?? Number(today.slice(0, 4));
  const boards = await listBoards(db, auth.scope);
  const ids = boards.map((b) => b.id);
  const [dates, last, names] = await Promise.all([
    boardUpdateDates(db, ids, `${Math.min(y, Number(today.slice(0, 4)))}-01-01`, `${Math.max(y, Number(today.slice(0, 4)))}-12-31`),
    lastBoardUpdates(db, ids),
    orgNames(
      db,
      boards.map((b) => b.orgId),
    ),
  ]);
  const byBoard = new Map<string, string[]>();
  for (const d of dates) byBoard.set(d.boardId, [...(byBoard.get(d.boardId) ?? []), d.updatedOn]);
  const presented = boards
    .map((b): BulletinBoard => {
      const s = boardState(b, y, today, byBoard.get(b.id) ?? []);
      const org = names.get(b.orgId);
      return {
        id: b.id,
        orgId: b.orgId,
        orgName: org?.name ?? '',
        orgKind: org?.kind ?? '',
        name: b.name,
        location: b.location,
        rhythm: s.rhythm,
        sinceOn: b.sinceOn,
        lastUpdatedOn: last.get(b.id) ?? null,
        currentPeriodKey: s.currentPeriodKey,
        isCurrentPeriodUpdated: s.isCurrentPeriodUpdated,
        missingPeriods: s.missing.map((p) => ({ key: p.key, labelZh: p.labelZh })),
        version: b.version,
        abilities: boardPolicy.abilities(auth, b),
      };
    })
    .sort((a, b) => Number(b.orgKind === 'township') - Number(a.orgKind === 'township') || a.orgName.localeCompare(b.orgName, 'zh-CN'));
  const townshipId = auth.user.townshipId;
  const orgsWithoutBoard: OrgInfo[] = [];
  if (townshipId) {
    const withBoard = new Set(boards.map((b) => b.orgId));
    for (const o of await listBoardOrgs(db, townshipId)) {
      if (!withBoard.has(o.id) && isInScope(auth.scope, { townshipId, orgId: o.id })) orgsWithoutBoard.push(o);
    }
  }
  return { boards: presented, orgsWithoutBoard: orgsWithoutBoard.map((o) => ({ id: o.id, name: o.name, kind: o.kind })) };
}
