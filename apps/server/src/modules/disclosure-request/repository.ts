import type { RequestListQuery } from '@yifa/domain/disclosure-request';
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/client.ts';
import { serialiseOn } from '../../platform/db/serialise.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { disclosureRequestEvents, disclosureRequests, disclosureReviews } from './tables.ts';

export type RequestRow = typeof disclosureRequests.$inferSelect;
export type RequestEventRow = typeof disclosureRequestEvents.$inferSelect;
export type ReviewRow = typeof disclosureReviews.$inferSelect;

const inScope = (scope: DataScope) =>
  scopeWhere(scope, {
    townshipId: disclosureRequests.townshipId,
    orgId: disclosureRequests.orgId,
    createdBy: disclosureRequests.createdBy,
  });
const live = isNull(disclosureRequests.deletedAt);

export async function findRequest(db: DbOrTx, scope: DataScope, id: string): Promise<RequestRow | null> {
  const rows = await db
    .select()
    .from(disclosureRequests)
    .where(and(eq(disclosureRequests.id, id), live, inScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listEvents(db: DbOrTx, requestId: string): Promise<RequestEventRow[]> {
  return db
    .select()
    .from(disclosureRequestEvents)
    .where(eq(disclosureRequestEvents.requestId, requestId))
    .orderBy(asc(disclosureRequestEvents.createdAt), asc(disclosureRequestEvents.id));
}

export async function listReviewsOf(db: DbOrTx, requestId: string): Promise<ReviewRow[]> {
  return db
    .select()
    .from(disclosureReviews)
    .where(and(eq(disclosureReviews.requestId, requestId), isNull(disclosureReviews.deletedAt)))
    .orderBy(asc(disclosureReviews.filedOn));
}

/** Overdue = open, with a reply due date before today (条例第三十三条). */
export const overdueWhere = (today: string): SQL =>
  and(ne(disclosureRequests.status, 'replied'), lt(disclosureRequests.replyDueOn, today)) as SQL;

export async function listRequests(db: DbOrTx, scope: DataScope, q: RequestListQuery, today: string, repeatIds: string[] | null) {
  const parts: (SQL | undefined)[] = [live, inScope(scope)];
  if (q.status) parts.push(eq(disclosureRequests.status, q.status));
  if (q.year) {
    // A year's requests: received in it, or awaiting confirmation and arrived in it.
    parts.push(sql`extract(year from coalesce(${disclosureRequests.receivedOn}, ${disclosureRequests.arrivedOn})) = ${q.year}`);
  }
  if (q.q)
    parts.push(
      or(
        ilike(disclosureRequests.number, `%${q.q}%`),
        ilike(disclosureRequests.applicantName, `%${q.q}%`),
        ilike(disclosureRequests.description, `%${q.q}%`),
      ),
    );
  if (q.overdue === 'true') parts.push(overdueWhere(today));
  if (repeatIds) parts.push(repeatIds.length ? inArray(disclosureRequests.id, repeatIds) : sql`false`);
  const where = and(...parts);
  const [rows, [total], [overdue]] = await Promise.all([
    db
      .select()
      .from(disclosureRequests)
      .where(where)
      .orderBy(desc(disclosureRequests.arrivedOn), desc(disclosureRequests.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(disclosureRequests).where(where),
    db
      .select({ n: count() })
      .from(disclosureRequests)
      .where(and(live, inScope(scope), overdueWhere(today))),
  ]);
  return { rows, total: total?.n ?? 0, overdueCount: overdue?.n ?? 0 };
}

/** The township's requests of the last 12 months, for the repeat check (条例第四十四条). */
export async function recentDescriptions(db: DbOrTx, scope: DataScope, since: string) {
  return db
    .select({
      id: disclosureRequests.id,
      number: disclosureRequests.number,
      description: disclosureRequests.description,
      arrivedOn: disclosureRequests.arrivedOn,
      status: disclosureRequests.status,
      outcome: disclosureRequests.outcome,
    })
    .from(disclosureRequests)
    .where(and(live, inScope(scope), gte(disclosureRequests.arrivedOn, since)));
}

/** The next tracking number of the township's year; parallel registrations take turns, so numbers are unique and gap-free. */
export async function nextNumber(tx: Tx, townshipId: string, year: number): Promise<string> {
  await serialiseOn(tx, 'disclosure-request.number', `${townshipId}:${year}`);
  const prefix = `YSQ${year}-`;
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(split_part(${disclosureRequests.number}, '-', 2)::int), 0)::int` })
    .from(disclosureRequests)
    .where(and(eq(disclosureRequests.townshipId, townshipId), ilike(disclosureRequests.number, `${prefix}%`)));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function findReview(db: DbOrTx, scope: DataScope, id: string): Promise<ReviewRow | null> {
  const rows = await db
    .select()
    .from(disclosureReviews)
    .where(
      and(
        eq(disclosureReviews.id, id),
        isNull(disclosureReviews.deletedAt),
        scopeWhere(scope, {
          townshipId: disclosureReviews.townshipId,
          orgId: disclosureReviews.orgId,
          createdBy: disclosureReviews.createdBy,
        }),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** The public tracking page: by township, number and the HMAC of the secret; nothing else is looked up. */
export async function findByTracking(db: DbOrTx, townshipId: string, number: string, secretHash: string): Promise<RequestRow | null> {
  const rows = await db
    .select()
    .from(disclosureRequests)
    .where(
      and(
        eq(disclosureRequests.townshipId, townshipId),
        eq(disclosureRequests.number, number),
        eq(disclosureRequests.trackingSecretHash, secretHash),
        live,
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}
