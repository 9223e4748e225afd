import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { cappedTotalField, decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../../platform/db/keyset.ts';
import { isLiveTownship } from '../../platform/policy/index.ts';
import {
  cursorParams,
  explainable,
  keysetAfterPlaceholders,
  pageLimit,
  statementFor,
  type PageLimit,
} from '../../platform/db/prepared-lists.ts';
import { lawStudyExams } from './tables.ts';

/** The exams list's order: newest first, ties by entry time, then id (tables.ts law_study_exams_list_idx). */
export const examListOrder: KeysetOrder = {
  keys: [
    { expr: lawStudyExams.townshipId, type: 'uuid' },
    { expr: lawStudyExams.heldOn, type: 'date' },
    { expr: lawStudyExams.createdAt, type: 'timestamptz' },
    { expr: lawStudyExams.id, type: 'uuid' },
  ],
  direction: 'desc',
};

type ExamListQuery = { after?: string | undefined; pageSize: number; year?: number | undefined };
type ExamListShape = { hasYear: boolean; isFirstPage: boolean };

/**
 * The page's statement for one shape, on placeholders, with how many sat, passed and were absent.
 * The counts are a scalar subquery on law_study_exam_scores_exam_idx: PostgreSQL evaluates it for the
 * page's rows only (the index scan stops at the limit), never over the whole scope. The outer
 * columns are written out in full: inside the subquery a bare "id" would be the score's own. No
 * rows when the township is gone (isLiveTownship).
 */
function examListSelect(db: DbOrTx, shape: ExamListShape, limit: PageLimit) {
  const filter = and(
    eq(lawStudyExams.townshipId, sql.placeholder('townshipId')),
    isNull(lawStudyExams.deletedAt),
    shape.hasYear
      ? and(gte(lawStudyExams.heldOn, sql.placeholder('yearFrom')), lte(lawStudyExams.heldOn, sql.placeholder('yearTo')))
      : undefined,
  );
  return db
    .select({
      id: lawStudyExams.id,
      kind: lawStudyExams.kind,
      title: lawStudyExams.title,
      heldOn: lawStudyExams.heldOn,
      fullMark: lawStudyExams.fullMark,
      passMark: lawStudyExams.passMark,
      version: lawStudyExams.version,
      // One pass over the exam's scores for its three counts: [sat, passed, absent].
      counts: sql<
        number[]
      >`(select array[count(*) filter (where not s.is_absent), count(*) filter (where not s.is_absent and s.score >= "law_study_exams"."pass_mark"), count(*) filter (where s.is_absent)]::int[] from law_study_exam_scores s where s.exam_id = "law_study_exams"."id")`,
      cursor: keysetCursorField(examListOrder),
      total: shape.isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(lawStudyExams)
              .where(filter),
          )
        : sql<null>`null`,
    })
    .from(lawStudyExams)
    .where(
      and(
        filter,
        isLiveTownship(sql`${sql.placeholder('townshipId')}::uuid`),
        shape.isFirstPage ? undefined : keysetAfterPlaceholders(examListOrder),
      ),
    )
    .orderBy(...keysetOrderBy(examListOrder))
    .limit(limit);
}

const statements = new WeakMap<object, Map<string, ReturnType<typeof prepare>>>();
const prepare = (db: DbOrTx, shape: ExamListShape, limit: PageLimit, name: string) => examListSelect(db, shape, limit).prepare(name);

function shapeOf(q: ExamListQuery): ExamListShape {
  return { hasYear: !!q.year, isFirstPage: !q.after };
}
function paramsOf(townshipId: string, q: ExamListQuery) {
  return {
    townshipId,
    ...(q.after ? cursorParams(decodeCursor(examListOrder, q.after)) : {}),
    yearFrom: q.year ? `${q.year}-01-01` : undefined,
    yearTo: q.year ? `${q.year}-12-31` : undefined,
  };
}

/** One page of a township's exams: one prepared statement, one round trip. No rows: the township is gone or the page is empty. */
export async function listExams(db: DbOrTx, townshipId: string, q: ExamListQuery) {
  const shape = shapeOf(q);
  const name = `law_study_exams_${shape.hasYear ? 'y' : ''}${shape.isFirstPage ? 'f' : 'n'}`;
  const statement = statementFor(statements, db, name, q.pageSize + 1, (on, limit, fullName) => prepare(on, shape, limit, fullName));
  return { rows: await statement.execute(paramsOf(townshipId, q)), isFirstPage: shape.isFirstPage };
}

/** The page's statement with its parameters, unexecuted (bench/law-study-county.ts explains it). */
export function examListQuery(db: DbOrTx, townshipId: string, q: ExamListQuery) {
  return explainable(examListSelect(db, shapeOf(q), pageLimit(q.pageSize + 1)), paramsOf(townshipId, q));
}
