import { and, asc, count, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ActivityListQuery } from '@yifa/domain/publicity';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client.ts';
import { townshipsInScope } from '../../platform/compliance/compliance-orgs.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { dictionaryLabelSql, outerColumn } from './label-sql.ts';
import { publicityActivities, publicityCampaigns, publicityDutyItems } from './tables.ts';

export type CampaignRow = typeof publicityCampaigns.$inferSelect;
export type DutyItemRow = typeof publicityDutyItems.$inferSelect;
export type ActivityRow = typeof publicityActivities.$inferSelect;
export interface OrgInfo {
  id: string;
  name: string;
  kind: 'township' | 'department' | 'village' | 'community';
}

/**
 * Campaigns and duty lists are township-wide information (a duty list must even be public): everyone
 * of the township reads them, whatever their org. Activities follow the caller's full data scope.
 */
const townshipWide = (scope: DataScope, townshipId: PgColumn) => scopeWhere({ ...scope, kind: 'township', orgIds: null }, { townshipId });
/**
 * Activities a caller sees: those their scope's orgs organised, and — for org-bound scopes — those
 * held in their village (a village cadre sees what the 司法所 did in their village, but changes
 * only their own: `assertCanChange` checks the organiser).
 */
const activityScope = (scope: DataScope): SQL => {
  const own = scopeWhere(scope, {
    townshipId: publicityActivities.townshipId,
    orgId: publicityActivities.orgId,
    createdBy: publicityActivities.createdBy,
  });
  if (scope.kind === 'own' || scope.orgIds === null) return own;
  return or(own, scopeWhere(scope, { townshipId: publicityActivities.townshipId, orgId: publicityActivities.villageId })) as SQL;
};

/** Every live org of a township (name and kind): the township, its offices, its villages. */
export async function townshipOrgs(db: DbOrTx, townshipId: string): Promise<OrgInfo[]> {
  const wide: DataScope = { kind: 'township', userId: '', townshipId, townshipIds: [townshipId], orgIds: null, isReadOnly: true };
  const [t] = await townshipsInScope(db, wide, townshipId);
  if (!t) return [];
  // Offices first, then villages and communities, each by name (a tree path of ids has no meaningful order).
  const rank = (o: OrgInfo) => (o.kind === 'department' ? 0 : 1);
  const rest = t.orgs.filter((o) => o.id !== t.id).sort((x, y) => rank(x) - rank(y) || x.name.localeCompare(y.name, 'zh-Hans-CN'));
  return [{ id: t.id, name: t.name, kind: 'township' }, ...rest];
}

// ── Campaigns ──
const campaignsOfYear = (scope: DataScope, townshipId: string, year: number) =>
  and(
    eq(publicityCampaigns.townshipId, townshipId),
    eq(publicityCampaigns.year, year),
    isNull(publicityCampaigns.deletedAt),
    townshipWide(scope, publicityCampaigns.townshipId),
  );
const campaignOrder = [asc(publicityCampaigns.startDate), asc(publicityCampaigns.endDate), asc(publicityCampaigns.name)];

export async function listCampaigns(db: DbOrTx, scope: DataScope, townshipId: string, year: number): Promise<CampaignRow[]> {
  return db
    .select()
    .from(publicityCampaigns)
    .where(campaignsOfYear(scope, townshipId, year))
    .orderBy(...campaignOrder);
}

/**
 * The calendar as its list shows it, in one round trip: each campaign with its theme's label
 * (label-sql.ts) and its number of live activities (by publicity_activities_campaign_idx).
 */
export async function listCampaignsShown(db: DbOrTx, scope: DataScope, townshipId: string, year: number) {
  return db
    .select({
      row: publicityCampaigns,
      themeLabelZh: sql<string>`${dictionaryLabelSql('publicity_campaigns', 'campaignTheme', 'theme')}`,
      activityCount: sql<number>`(select count(*)::int from publicity_activities x where x.campaign_id = ${outerColumn('publicity_campaigns', 'id')} and x.deleted_at is null)`,
    })
    .from(publicityCampaigns)
    .where(campaignsOfYear(scope, townshipId, year))
    .orderBy(...campaignOrder);
}

export async function findCampaign(db: DbOrTx, scope: DataScope, id: string): Promise<CampaignRow | null> {
  const [row] = await db
    .select()
    .from(publicityCampaigns)
    .where(and(eq(publicityCampaigns.id, id), isNull(publicityCampaigns.deletedAt), townshipWide(scope, publicityCampaigns.townshipId)))
    .limit(1);
  return row ?? null;
}

export async function countActivitiesBy(db: DbOrTx, column: 'campaignId' | 'dutyItemId', ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const col = publicityActivities[column];
  const rows = await db
    .select({ id: col, n: count() })
    .from(publicityActivities)
    .where(and(inArray(col, ids), isNull(publicityActivities.deletedAt)))
    .groupBy(col);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

// ── Duty items ──
export async function listDutyItems(
  db: DbOrTx,
  scope: DataScope,
  townshipId: string,
  year: number,
  orgId?: string,
): Promise<DutyItemRow[]> {
  return db
    .select()
    .from(publicityDutyItems)
    .where(
      and(
        eq(publicityDutyItems.townshipId, townshipId),
        eq(publicityDutyItems.year, year),
        isNull(publicityDutyItems.deletedAt),
        orgId ? eq(publicityDutyItems.orgId, orgId) : undefined,
        townshipWide(scope, publicityDutyItems.townshipId),
      ),
    )
    .orderBy(asc(publicityDutyItems.orgId), asc(publicityDutyItems.createdAt));
}

export async function findDutyItem(db: DbOrTx, scope: DataScope, id: string): Promise<DutyItemRow | null> {
  const [row] = await db
    .select()
    .from(publicityDutyItems)
    .where(and(eq(publicityDutyItems.id, id), isNull(publicityDutyItems.deletedAt), townshipWide(scope, publicityDutyItems.townshipId)))
    .limit(1);
  return row ?? null;
}

/** Dates of the live activities linked to each duty item (the evidence that it was carried out). */
export async function activityDatesByDutyItem(db: DbOrTx, ids: string[]): Promise<Map<string, { id: string; date: string }[]>> {
  const m = new Map<string, { id: string; date: string }[]>();
  if (ids.length === 0) return m;
  const rows = await db
    .select({ id: publicityActivities.id, dutyItemId: publicityActivities.dutyItemId, date: publicityActivities.date })
    .from(publicityActivities)
    .where(and(inArray(publicityActivities.dutyItemId, ids), isNull(publicityActivities.deletedAt)))
    .orderBy(asc(publicityActivities.date));
  for (const r of rows) m.set(r.dutyItemId!, [...(m.get(r.dutyItemId!) ?? []), { id: r.id, date: r.date }]);
  return m;
}

// ── Activities ──
function activityFilters(q: Partial<ActivityListQuery>): (SQL | undefined)[] {
  const a = publicityActivities;
  return [
    q.year ? gte(a.date, `${q.year}-01-01`) : undefined,
    q.year ? lte(a.date, `${q.year}-12-31`) : undefined,
    q.from ? gte(a.date, q.from) : undefined,
    q.to ? lte(a.date, q.to) : undefined,
    q.orgId ? eq(a.orgId, q.orgId) : undefined,
    q.villageId ? eq(a.villageId, q.villageId) : undefined,
    q.campaignId ? eq(a.campaignId, q.campaignId) : undefined,
    q.dutyItemId ? eq(a.dutyItemId, q.dutyItemId) : undefined,
    q.venueType ? eq(a.venueType, q.venueType) : undefined,
  ];
}

/** Every activity of a year in the caller's scope, oldest first (coverage, summary, ledger). */
export async function activitiesOfYear(db: DbOrTx, scope: DataScope, townshipId: string, year: number): Promise<ActivityRow[]> {
  return db
    .select()
    .from(publicityActivities)
    .where(
      and(
        eq(publicityActivities.townshipId, townshipId),
        isNull(publicityActivities.deletedAt),
        activityScope(scope),
        ...activityFilters({ year }),
      ),
    )
    .orderBy(asc(publicityActivities.date), asc(publicityActivities.createdAt));
}

export async function findActivity(db: DbOrTx, scope: DataScope, id: string): Promise<ActivityRow | null> {
  const [row] = await db
    .select()
    .from(publicityActivities)
    .where(and(eq(publicityActivities.id, id), isNull(publicityActivities.deletedAt), activityScope(scope)))
    .limit(1);
  return row ?? null;
}
