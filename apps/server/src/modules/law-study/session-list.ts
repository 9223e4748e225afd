import { and, eq, gte, ilike, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../../platform/db/keyset.ts';
import { dictionaryLabelOf } from '../../platform/dictionaries/index.ts';
import { isLiveTownship } from '../../platform/policy/index.ts';
import {
  cursorParams,
  explainable,
  keysetAfterPlaceholders,
  pageLimit,
  statementFor,
  type PageLimit,
} from '../../platform/db/prepared-lists.ts';
import { keptTownshipTotalField, totalField } from '../../platform/list-counts/list-counts.ts';
import { lawStudySessions } from './tables.ts';

/**
 * The sessions list's order: newest first, ties by entry time, then id (platform/db/keyset.ts). The
 * township leads so one index (tables.ts law_study_sessions_list_idx) serves every township's list.
 */
export const sessionListOrder: KeysetOrder = {
  keys: [
    { expr: lawStudySessions.townshipId, type: 'uuid' },
    { expr: lawStudySessions.heldOn, type: 'date' },
    { expr: lawStudySessions.createdAt, type: 'timestamptz' },
    { expr: lawStudySessions.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/**
 * The columns the list shows (and its policy reads); the attendance counts are stored on the session.
 * The kind's label and the laws' names are scalar subqueries, evaluated for the page's rows only,
 * instead of reading the township's dictionary and laws on every request.
 */
const sessionListColumns = {
  id: lawStudySessions.id,
  townshipId: lawStudySessions.townshipId,
  orgId: lawStudySessions.orgId,
  kind: lawStudySessions.kind,
  kindLabel: dictionaryLabelOf(sql`"law_study_sessions"."township_id"`, 'activityKind', sql`"law_study_sessions"."kind"`),
  title: lawStudySessions.title,
  heldOn: lawStudySessions.heldOn,
  hours: lawStudySessions.hours,
  speaker: lawStudySessions.speaker,
  place: lawStudySessions.place,
  materials: lawStudySessions.materials,
  // The session's laws in the order it lists them, live ones of its township only (a deleted law drops
  // out). `offset 0` keeps each a primary-key lookup: joined plainly, PostgreSQL reads the township's
  // whole law list for every row of the page (twice the time on the county data).
  laws: sql<
    { id: string; name: string }[]
  >`(select coalesce(json_agg(json_build_object('id', l.id, 'name', l.name) order by u.ord), '[]'::json)
      from unnest("law_study_sessions"."law_ids") with ordinality as u(id, ord)
      cross join lateral (
        select l.id, l.name from law_study_laws l
         where l.id = u.id and l.township_id = "law_study_sessions"."township_id" and l.deleted_at is null and l.name <> ''
        offset 0) l)`,
  presentCount: lawStudySessions.presentCount,
  absentCount: lawStudySessions.absentCount,
  version: lawStudySessions.version,
};

type SessionListQuery = {
  after?: string | undefined;
  pageSize: number;
  year?: number | undefined;
  kind?: string | undefined;
  q?: string | undefined;
};
type SessionListShape = { hasYear: boolean; hasKind: boolean; hasQ: boolean; isFirstPage: boolean };

/**
 * The page's statement for one shape, on placeholders: one index range of the township, the total
 * capped on the first page, and no rows at all when the township is gone (isLiveTownship), so the
 * caller needs no separate township check while the page has rows.
 */
function sessionListSelect(db: DbOrTx, shape: SessionListShape, limit: PageLimit) {
  const filter = and(
    eq(lawStudySessions.townshipId, sql.placeholder('townshipId')),
    isNull(lawStudySessions.deletedAt),
    shape.hasYear
      ? and(gte(lawStudySessions.heldOn, sql.placeholder('yearFrom')), lte(lawStudySessions.heldOn, sql.placeholder('yearTo')))
      : undefined,
    shape.hasKind ? eq(lawStudySessions.kind, sql.placeholder('kind')) : undefined,
    shape.hasQ ? ilike(lawStudySessions.title, sql.placeholder('q')) : undefined,
  );
  return db
    .select({
      ...sessionListColumns,
      cursor: keysetCursorField(sessionListOrder),
      // Every session of the township is visible to whoever reads the list: unfiltered, its kept total.
      total: totalField(
        shape.isFirstPage ? (shape.hasYear || shape.hasKind || shape.hasQ ? 'counted' : 'kept') : null,
        keptTownshipTotalField('lawStudySessions'),
        () =>
          db
            .select({ one: sql`1` })
            .from(lawStudySessions)
            .where(filter),
      ),
    })
    .from(lawStudySessions)
    .where(
      and(
        filter,
        isLiveTownship(sql`${sql.placeholder('townshipId')}::uuid`),
        shape.isFirstPage ? undefined : keysetAfterPlaceholders(sessionListOrder),
      ),
    )
    .orderBy(...keysetOrderBy(sessionListOrder))
    .limit(limit);
}
export type SessionListRow = Awaited<ReturnType<ReturnType<typeof sessionListSelect>['execute']>>[number];

const statements = new WeakMap<object, Map<string, ReturnType<typeof prepare>>>();
const prepare = (db: DbOrTx, shape: SessionListShape, limit: PageLimit, name: string) => sessionListSelect(db, shape, limit).prepare(name);

function shapeOf(q: SessionListQuery): SessionListShape {
  return { hasYear: !!q.year, hasKind: !!q.kind, hasQ: !!q.q, isFirstPage: !q.after };
}
function nameOf(shape: SessionListShape): string {
  return `law_study_sessions_${shape.hasYear ? 'y' : ''}${shape.hasKind ? 'k' : ''}${shape.hasQ ? 'q' : ''}${shape.isFirstPage ? 'f' : 'n'}`;
}
function paramsOf(townshipId: string, q: SessionListQuery) {
  return {
    townshipId,
    ...(q.after ? cursorParams(decodeCursor(sessionListOrder, q.after)) : {}),
    yearFrom: q.year ? `${q.year}-01-01` : undefined,
    yearTo: q.year ? `${q.year}-12-31` : undefined,
    kind: q.kind,
    q: q.q ? `%${q.q}%` : undefined,
  };
}

/** One page of a township's sessions: one prepared statement, one round trip. No rows: the township is gone or the page is empty. */
export async function listSessions(db: DbOrTx, townshipId: string, q: SessionListQuery) {
  const shape = shapeOf(q);
  const name = nameOf(shape);
  const params = paramsOf(townshipId, q);
  const statement = statementFor(statements, db, name, q.pageSize + 1, (on, limit, fullName) => prepare(on, shape, limit, fullName));
  return { rows: await statement.execute(params), isFirstPage: shape.isFirstPage };
}

/** The page's statement with its parameters, unexecuted (bench/law-study-county.ts explains it). */
export function sessionListQuery(db: DbOrTx, townshipId: string, q: SessionListQuery) {
  return explainable(sessionListSelect(db, shapeOf(q), pageLimit(q.pageSize + 1)), paramsOf(townshipId, q));
}
