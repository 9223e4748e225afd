import { and, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../../platform/db/keyset.ts';
import { isLiveTownship } from '../../platform/policy/index.ts';
import type { DataScope } from '../../platform/scope/data-scope.ts';
import { personNameOf } from '../organisation/index.ts';
import type { SelfStudyRow } from './repository.ts';
import {
  cursorParams,
  explainable,
  keysetAfterPlaceholders,
  pageLimit,
  statementFor,
  type PageLimit,
} from '../../platform/db/prepared-lists.ts';
import { keptTownshipTotalField, totalField } from '../../platform/list-counts/list-counts.ts';
import { lawStudySelfStudies } from './tables.ts';

/** The self-study list's order: newest first, ties by entry time, then id (tables.ts law_study_self_studies_list_idx). */
export const selfStudyListOrder: KeysetOrder = {
  keys: [
    { expr: lawStudySelfStudies.townshipId, type: 'uuid' },
    { expr: lawStudySelfStudies.studiedOn, type: 'date' },
    { expr: lawStudySelfStudies.createdAt, type: 'timestamptz' },
    { expr: lawStudySelfStudies.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** The columns the list shows (and its policy reads). */
const selfStudyListColumns = {
  id: lawStudySelfStudies.id,
  townshipId: lawStudySelfStudies.townshipId,
  orgId: lawStudySelfStudies.orgId,
  personId: lawStudySelfStudies.personId,
  kind: lawStudySelfStudies.kind,
  title: lawStudySelfStudies.title,
  studiedOn: lawStudySelfStudies.studiedOn,
  hours: lawStudySelfStudies.hours,
  source: lawStudySelfStudies.source,
  status: lawStudySelfStudies.status,
  reviewNote: lawStudySelfStudies.reviewNote,
  reviewedAt: lawStudySelfStudies.reviewedAt,
  importKey: lawStudySelfStudies.importKey,
  version: lawStudySelfStudies.version,
};
export type SelfStudyListRow = Pick<SelfStudyRow, keyof typeof selfStudyListColumns>;

type SelfStudyListQuery = {
  after?: string | undefined;
  pageSize: number;
  status?: string | undefined;
  personId?: string | undefined;
  year?: number | undefined;
};
/**
 * Whose claims the caller sees (policy.ts seesPerson, in SQL): 'any' the whole township's, 'orgs'
 * their orgs' claims and their own, 'own' only their own; `hasOwn` is false for an account without a
 * cadre, who then has no own claims.
 */
type SeenMode = 'any' | 'orgs' | 'own';
type SelfStudyListShape = {
  seen: SeenMode;
  hasOwn: boolean;
  hasStatus: boolean;
  hasPerson: boolean;
  hasYear: boolean;
  isFirstPage: boolean;
};

function seenWhere(shape: SelfStudyListShape): SQL | undefined {
  const own = shape.hasOwn ? eq(lawStudySelfStudies.personId, sql.placeholder('ownPersonId')) : sql`false`;
  if (shape.seen === 'own') return own;
  if (shape.seen === 'orgs') return or(sql`${lawStudySelfStudies.orgId} = any(${sql.placeholder('orgIds')}::uuid[])`, own);
  return undefined;
}

/** The page's statement for one shape, on placeholders; no rows when the township is gone (isLiveTownship). */
function selfStudyListSelect(db: DbOrTx, shape: SelfStudyListShape, limit: PageLimit) {
  const filter = and(
    eq(lawStudySelfStudies.townshipId, sql.placeholder('townshipId')),
    isNull(lawStudySelfStudies.deletedAt),
    shape.hasStatus ? eq(lawStudySelfStudies.status, sql.placeholder('status')) : undefined,
    shape.hasPerson ? eq(lawStudySelfStudies.personId, sql.placeholder('personId')) : undefined,
    shape.hasYear
      ? and(gte(lawStudySelfStudies.studiedOn, sql.placeholder('yearFrom')), lte(lawStudySelfStudies.studiedOn, sql.placeholder('yearTo')))
      : undefined,
    seenWhere(shape),
  );
  return db
    .select({
      ...selfStudyListColumns,
      // A scalar subquery: PostgreSQL looks the name up for the page's rows only.
      personName: personNameOf(lawStudySelfStudies.personId),
      cursor: keysetCursorField(selfStudyListOrder),
      total: totalField(
        shape.isFirstPage ? (shape.seen === 'any' && !shape.hasStatus && !shape.hasPerson && !shape.hasYear ? 'kept' : 'counted') : null,
        keptTownshipTotalField('selfStudies'),
        () =>
          db
            .select({ one: sql`1` })
            .from(lawStudySelfStudies)
            .where(filter),
      ),
    })
    .from(lawStudySelfStudies)
    .where(
      and(
        filter,
        isLiveTownship(sql`${sql.placeholder('townshipId')}::uuid`),
        shape.isFirstPage ? undefined : keysetAfterPlaceholders(selfStudyListOrder),
      ),
    )
    .orderBy(...keysetOrderBy(selfStudyListOrder))
    .limit(limit);
}

const statements = new WeakMap<object, Map<string, ReturnType<typeof prepare>>>();
const prepare = (db: DbOrTx, shape: SelfStudyListShape, limit: PageLimit, name: string) =>
  selfStudyListSelect(db, shape, limit).prepare(name);

function shapeOf(scope: DataScope, ownPersonId: string | null, q: SelfStudyListQuery): SelfStudyListShape {
  const seen: SeenMode = scope.kind === 'own' ? 'own' : scope.orgIds !== null ? 'orgs' : 'any';
  return {
    seen,
    // Whoever sees the whole township sees their own claims with it: one statement, cadre or not.
    hasOwn: seen !== 'any' && ownPersonId !== null,
    hasStatus: !!q.status,
    hasPerson: !!q.personId,
    hasYear: !!q.year,
    isFirstPage: !q.after,
  };
}
function nameOf(s: SelfStudyListShape): string {
  const filters = `${s.hasStatus ? 's' : ''}${s.hasPerson ? 'p' : ''}${s.hasYear ? 'y' : ''}`;
  return `law_study_self_studies_${s.seen}${s.hasOwn ? 'o' : ''}_${filters}${s.isFirstPage ? 'f' : 'n'}`;
}
function paramsOf(townshipId: string, scope: DataScope, ownPersonId: string | null, q: SelfStudyListQuery) {
  return {
    townshipId,
    ownPersonId: ownPersonId ?? undefined,
    orgIds: scope.orgIds ?? undefined,
    ...(q.after ? cursorParams(decodeCursor(selfStudyListOrder, q.after)) : {}),
    status: q.status,
    personId: q.personId,
    yearFrom: q.year ? `${q.year}-01-01` : undefined,
    yearTo: q.year ? `${q.year}-12-31` : undefined,
  };
}

/**
 * A page of a township's self-study claims as the caller may see them: office staff and village
 * cadres their own org's claims (and their own), an 'own' scope only their own. One prepared
 * statement, one round trip. No rows: the township is gone or the page is empty.
 */
export async function listSelfStudies(db: DbOrTx, townshipId: string, scope: DataScope, ownPersonId: string | null, q: SelfStudyListQuery) {
  const shape = shapeOf(scope, ownPersonId, q);
  const name = nameOf(shape);
  const params = paramsOf(townshipId, scope, ownPersonId, q);
  const statement = statementFor(statements, db, name, q.pageSize + 1, (on, limit, fullName) => prepare(on, shape, limit, fullName));
  return { rows: await statement.execute(params), isFirstPage: shape.isFirstPage };
}

/** The page's statement with its parameters, unexecuted (bench/law-study-county.ts explains it). */
export function selfStudyListQuery(db: DbOrTx, townshipId: string, scope: DataScope, ownPersonId: string | null, q: SelfStudyListQuery) {
  return explainable(
    selfStudyListSelect(db, shapeOf(scope, ownPersonId, q), pageLimit(q.pageSize + 1)),
    paramsOf(townshipId, scope, ownPersonId, q),
  );
}
