import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DictionaryCode } from '@yifa/domain';
import type { ActivityListQuery } from '@yifa/domain/publicity';
import type { DbOrTx } from '../../platform/db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../../platform/db/keyset.ts';
import { cursorParams, keysetAfterPlaceholders, statementFor, type PageLimit } from '../../platform/db/prepared-lists.ts';
import { keptTownshipTotalField, totalField } from '../../platform/list-counts/list-counts.ts';
import { isLiveTownship } from '../../platform/policy/index.ts';
import { preparedScope, type DataScope, type PreparedScope } from '../../platform/scope/data-scope.ts';
import { dictionaryLabelSql, orgNameSql, outerColumn } from './label-sql.ts';
import { publicityActivities as a } from './tables.ts';

/** The activities' order: newest first (by day, then as registered), matching publicity_activities_list_idx. */
export const activityListOrder: KeysetOrder = {
  keys: [
    { expr: a.date, type: 'date' },
    { expr: a.createdAt, type: 'timestamptz' },
    { expr: a.id, type: 'uuid' },
  ],
  direction: 'desc',
};

const outer = (column: string) => outerColumn('publicity_activities', column);
const orgName = (column: string) => orgNameSql('publicity_activities', column);
const dictionaryLabel = (dictionary: DictionaryCode, column: string) => dictionaryLabelSql('publicity_activities', dictionary, column);

/**
 * What a list row shows (ZActivity without attachments) and what its abilities need (`createdBy`),
 * the names and labels as scalar subqueries (label-sql.ts): no dictionary, org tree or campaign list
 * is read into JavaScript.
 */
const activityListColumns = {
  id: a.id,
  townshipId: a.townshipId,
  orgId: a.orgId,
  createdBy: a.createdBy,
  date: a.date,
  title: a.title,
  campaignId: a.campaignId,
  dutyItemId: a.dutyItemId,
  venueType: a.venueType,
  villageId: a.villageId,
  channel: a.channel,
  audienceType: a.audienceType,
  audienceCount: a.audienceCount,
  materialsCount: a.materialsCount,
  caseReference: a.caseReference,
  summary: a.summary,
  version: a.version,
  orgName: sql<string>`coalesce(${orgName('org_id')}, '')`,
  villageName: sql<string | null>`${orgName('village_id')}`,
  campaignName: sql<
    string | null
  >`(select c.name from publicity_campaigns c where c.id = ${outer('campaign_id')} and c.township_id = ${outer('township_id')})`,
  dutyItemLaws: sql<
    string | null
  >`(select i.laws from publicity_duty_items i where i.id = ${outer('duty_item_id')} and i.township_id = ${outer('township_id')} and i.deleted_at is null)`,
  venueTypeLabelZh: sql<string>`${dictionaryLabel('venueType', 'venue_type')}`,
  channelLabelZh: sql<string>`${dictionaryLabel('channel', 'channel')}`,
  audienceTypeLabelZh: sql<string | null>`${dictionaryLabel('audienceType', 'audience_type')}`,
};

/** Which filters a query sets: with the scope's shape and first page or not, it names one prepared statement. */
interface ListShape {
  /** `year`, `from` and `to` narrow one date range (the first key of the list's index). */
  hasDates: boolean;
  orgId: boolean;
  villageId: boolean;
  campaignId: boolean;
  dutyItemId: boolean;
  venueType: boolean;
  isFirstPage: boolean;
}

/**
 * Activities a caller sees: those their scope's orgs organised, and — for org-bound scopes — those
 * held in their village (a village cadre sees what the 司法所 did in their village, but changes
 * only their own: `activityPolicy`). The same rule as repository.ts `activityScope`, as parameters.
 */
function activityScope(scope: PreparedScope, withVillage: boolean): SQL {
  const own = scope.where({ townshipId: a.townshipId, orgId: a.orgId, createdBy: a.createdBy });
  return withVillage ? (or(own, scope.where({ townshipId: a.townshipId, orgId: a.villageId })) as SQL) : own;
}

/** No filter and a scope of whole townships: the page's total is the township's kept total (docs/adr/0010). */
function isWholeTownship(scope: PreparedScope, withVillage: boolean, shape: ListShape): boolean {
  const { isFirstPage: _, ...filters } = shape;
  return scope.key.endsWith('_any') && !withVillage && !Object.values(filters).some(Boolean);
}

function buildActivityListStatement(
  db: DbOrTx,
  scope: PreparedScope,
  withVillage: boolean,
  shape: ListShape,
  limit: PageLimit,
  name: string,
) {
  const filter = and(
    eq(a.townshipId, sql.placeholder('townshipId')),
    isNull(a.deletedAt),
    activityScope(scope, withVillage),
    shape.hasDates ? sql`${a.date} between ${sql.placeholder('fromDate')}::date and ${sql.placeholder('toDate')}::date` : undefined,
    shape.orgId ? eq(a.orgId, sql.placeholder('orgId')) : undefined,
    shape.villageId ? eq(a.villageId, sql.placeholder('villageId')) : undefined,
    shape.campaignId ? eq(a.campaignId, sql.placeholder('campaignId')) : undefined,
    shape.dutyItemId ? eq(a.dutyItemId, sql.placeholder('dutyItemId')) : undefined,
    shape.venueType ? eq(a.venueType, sql.placeholder('venueType')) : undefined,
  );
  const after = shape.isFirstPage ? undefined : keysetAfterPlaceholders(activityListOrder);
  return (
    db
      .select({
        ...activityListColumns,
        cursor: keysetCursorField(activityListOrder),
        total: totalField(
          shape.isFirstPage ? (isWholeTownship(scope, withVillage, shape) ? 'kept' : 'counted') : null,
          keptTownshipTotalField('publicityActivities'),
          () =>
            db
              .select({ one: sql`1` })
              .from(a)
              .where(filter),
        ),
      })
      .from(a)
      // No rows at all when the township is gone (isLiveTownship, one lookup a statement): the use case
      // asks resolveTownship only when a page comes back empty.
      .where(and(filter, isLiveTownship(sql`${sql.placeholder('townshipId')}::uuid`), after))
      .orderBy(...keysetOrderBy(activityListOrder))
      .limit(limit)
      .prepare(name)
  );
}

export type ActivityListRow = Awaited<ReturnType<ReturnType<typeof buildActivityListStatement>['execute']>>[number];

/**
 * The publicity page's list is read by every township and the county: one prepared statement per
 * query shape (platform/db/prepared-lists.ts). One round trip answers the page with its names and
 * labels, whether there is a next page, and on the first page the capped total.
 */
const activityListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildActivityListStatement>>>();

/** The one date range `year`, `from` and `to` together allow (ISO dates compare as text). */
function dateRange(q: ActivityListQuery): { fromDate: string; toDate: string } | null {
  const froms = [q.year ? `${q.year}-01-01` : undefined, q.from].filter((d): d is string => !!d);
  const tos = [q.year ? `${q.year}-12-31` : undefined, q.to].filter((d): d is string => !!d);
  if (froms.length === 0 && tos.length === 0) return null;
  return { fromDate: froms.sort().at(-1) ?? '0001-01-01', toDate: tos.sort()[0] ?? '9999-12-31' };
}

/**
 * A page of one township's activities by cursor: one range of publicity_activities_list_idx (a
 * year or a date range narrows it on its first key), the capped total on the first page only.
 */
export async function listActivities(db: DbOrTx, scope: DataScope, townshipId: string, q: ActivityListQuery) {
  const prepared = preparedScope(scope);
  const withVillage = scope.kind !== 'own' && scope.orgIds !== null;
  const dates = dateRange(q);
  const shape: ListShape = {
    hasDates: dates !== null,
    orgId: !!q.orgId,
    villageId: !!q.villageId,
    campaignId: !!q.campaignId,
    dutyItemId: !!q.dutyItemId,
    venueType: !!q.venueType,
    isFirstPage: !q.after,
  };
  const flags = (Object.keys(shape) as (keyof ListShape)[]).map((k) => (shape[k] ? '1' : '0')).join('');
  const key = `publicity_activities_list_${prepared.key}${withVillage ? '_v' : ''}_${flags}`;
  const statement = statementFor(activityListStatements, db, key, q.pageSize + 1, (on, limit, name) =>
    buildActivityListStatement(on, prepared, withVillage, shape, limit, name),
  );
  const rows = await statement.execute({
    ...prepared.params,
    ...cursorParams(q.after ? decodeCursor(activityListOrder, q.after) : []),
    townshipId,
    ...dates,
    orgId: q.orgId,
    villageId: q.villageId,
    campaignId: q.campaignId,
    dutyItemId: q.dutyItemId,
    venueType: q.venueType,
  });
  return { rows, isFirstPage: shape.isFirstPage };
}
