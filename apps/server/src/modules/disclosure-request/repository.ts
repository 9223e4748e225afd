import { bigramIds, REPEAT_SIMILARITY_THRESHOLD, repeatWindowOf, sortedJaccard } from '@yifa/domain/disclosure-request';
import { and, asc, eq, gte, ilike, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../platform/db/client.ts';
import type { KeysetOrder } from '../../platform/db/keyset.ts';
import { serialiseOn } from '../../platform/db/serialise.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { disclosureRequestEvents, disclosureRequestRepeatLinks, disclosureRequests, disclosureReviews } from './tables.ts';

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

/**
 * Newest arrival first, by township: one direction throughout, led by the township so one index
 * (disclosure_requests_list_idx) serves a township's page and the county's alike.
 */
export const requestListOrder: KeysetOrder = {
  keys: [
    { expr: disclosureRequests.townshipId, type: 'uuid' },
    { expr: disclosureRequests.arrivedOn, type: 'date' },
    { expr: disclosureRequests.number, type: 'text' },
    { expr: disclosureRequests.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** What the list shows: no ciphertext, no letter text. */
export const requestListColumns = {
  id: disclosureRequests.id,
  townshipId: disclosureRequests.townshipId,
  orgId: disclosureRequests.orgId,
  number: disclosureRequests.number,
  channel: disclosureRequests.channel,
  arrivedOn: disclosureRequests.arrivedOn,
  receivedOn: disclosureRequests.receivedOn,
  status: disclosureRequests.status,
  applicantKind: disclosureRequests.applicantKind,
  applicantName: disclosureRequests.applicantName,
  description: disclosureRequests.description,
  replyDueOn: disclosureRequests.replyDueOn,
  outcome: disclosureRequests.outcome,
  closedOn: disclosureRequests.closedOn,
  version: disclosureRequests.version,
  isRepeatCandidate: disclosureRequests.isRepeatCandidate,
};
export type RequestListRow = { [K in keyof typeof requestListColumns]: RequestRow[K] } & { isOverdue: boolean };

/** The live requests in the scope in a stored repeat link with this one (either side), oldest arrival first: the detail's 重复申请. */
export async function listRepeatsOf(db: DbOrTx, scope: DataScope, requestId: string) {
  const partner = sql`case when l.request_id = ${requestId}::uuid then l.earlier_id else l.request_id end`;
  return db
    .select({ id: disclosureRequests.id, number: disclosureRequests.number, description: disclosureRequests.description })
    .from(disclosureRequests)
    .where(
      and(
        live,
        inScope(scope),
        sql`${disclosureRequests.id} in (select ${partner} from disclosure_request_repeat_links l where l.request_id = ${requestId}::uuid or l.earlier_id = ${requestId}::uuid)`,
      ),
    )
    .orderBy(asc(disclosureRequests.arrivedOn), asc(disclosureRequests.number));
}

/** The township's live requests that arrived in [from, to], but `exceptId`: the candidates of a repeat check. */
export async function requestsArrivedBetween(db: DbOrTx, townshipId: string, from: string, to: string, exceptId: string) {
  return db
    .select({ id: disclosureRequests.id, description: disclosureRequests.description })
    .from(disclosureRequests)
    .where(
      and(
        live,
        eq(disclosureRequests.townshipId, townshipId),
        gte(disclosureRequests.arrivedOn, from),
        lte(disclosureRequests.arrivedOn, to),
        ne(disclosureRequests.id, exceptId),
      ),
    );
}

export type NewRepeatLink = typeof disclosureRequestRepeatLinks.$inferInsert;

export async function insertRepeatLinks(db: DbOrTx, links: NewRepeatLink[]): Promise<void> {
  for (let i = 0; i < links.length; i += 1000) {
    await db
      .insert(disclosureRequestRepeatLinks)
      .values(links.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

/**
 * Sets `is_repeat_candidate` from the stored links: live, and in a link with a live request, either side. For
 * the given requests, or (no ids) every request of the township; set-based, rows already right are
 * not written.
 */
export async function refreshRepeatFlags(db: DbOrTx, townshipId: string, ids?: string[]): Promise<void> {
  if (ids && ids.length === 0) return;
  const only = (alias: string) =>
    ids
      ? sql`and ${sql.identifier(alias)}.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
  await db.execute(sql`
    update disclosure_requests r set is_repeat_candidate = f.flag
    from (
      select r2.id, r2.deleted_at is null and (
        exists (select 1 from disclosure_request_repeat_links l join disclosure_requests e on e.id = l.earlier_id and e.deleted_at is null where l.request_id = r2.id)
        or exists (select 1 from disclosure_request_repeat_links l join disclosure_requests e on e.id = l.request_id and e.deleted_at is null where l.earlier_id = r2.id)) as flag
      from disclosure_requests r2
      where r2.township_id = ${townshipId}::uuid ${only('r2')}
    ) f
    where f.id = r.id and r.township_id = ${townshipId}::uuid ${only('r')} and r.is_repeat_candidate is distinct from f.flag`);
}

/** The requests in a stored link with this one (either side), deleted or not. */
export async function repeatPartnersOf(db: DbOrTx, requestId: string): Promise<string[]> {
  const rows = await db
    .select({ requestId: disclosureRequestRepeatLinks.requestId, earlierId: disclosureRequestRepeatLinks.earlierId })
    .from(disclosureRequestRepeatLinks)
    .where(or(eq(disclosureRequestRepeatLinks.requestId, requestId), eq(disclosureRequestRepeatLinks.earlierId, requestId)));
  return rows.map((r) => (r.requestId === requestId ? r.earlierId : r.requestId));
}

/**
 * Rebuilds every stored repeat link, and the requests' repeat flags, from the descriptions
 * (条例第四十四条), township by township:
 * the links of a pair of live requests of one township whose arrivals are within 12 months of each
 * other and whose descriptions are similar, the later-registered one as `requestId`. Idempotent
 * (each township's links are replaced in one transaction); for the county data generator after a
 * bulk load and for requests that existed before the links did (migration 0011's note).
 */
export async function recomputeRepeatLinks(db: Db): Promise<{ townships: number; links: number }> {
  const townships = await db.selectDistinct({ id: disclosureRequests.townshipId }).from(disclosureRequests);
  let total = 0;
  for (const { id: townshipId } of townships) {
    const rows = await db
      .select({
        id: disclosureRequests.id,
        description: disclosureRequests.description,
        arrivedOn: disclosureRequests.arrivedOn,
        createdAt: disclosureRequests.createdAt,
      })
      .from(disclosureRequests)
      .where(and(live, eq(disclosureRequests.townshipId, townshipId)))
      .orderBy(asc(disclosureRequests.arrivedOn), asc(disclosureRequests.id));
    const links = repeatLinksAmong(townshipId, rows);
    await db.transaction(async (tx) => {
      await serialiseOn(tx, 'disclosure-request.repeats', townshipId);
      await tx.delete(disclosureRequestRepeatLinks).where(eq(disclosureRequestRepeatLinks.townshipId, townshipId));
      await insertRepeatLinks(tx, links);
      await refreshRepeatFlags(tx, townshipId);
    });
    total += links.length;
  }
  return { townships: townships.length, links: total };
}

/**
 * The links among one township's requests (sorted by arrival): each pair within the window once, the
 * later-registered one as `requestId` — what registering them one by one would have stored.
 */
function repeatLinksAmong(
  townshipId: string,
  rows: { id: string; description: string; arrivedOn: string; createdAt: Date }[],
): NewRepeatLink[] {
  const dictionary = new Map<string, number>();
  const sets = rows.map((r) => bigramIds(r.description, dictionary));
  const links: NewRepeatLink[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const later = rows[i]!;
    const { from } = repeatWindowOf(later.arrivedOn);
    for (let j = i - 1; j >= 0 && rows[j]!.arrivedOn >= from; j -= 1) {
      const similarity = sortedJaccard(sets[i]!, sets[j]!);
      if (similarity < REPEAT_SIMILARITY_THRESHOLD) continue;
      const other = rows[j]!;
      const [newer, older] = registeredAfter(later, other) ? [later, other] : [other, later];
      links.push({ requestId: newer.id, earlierId: older.id, townshipId, similarity });
    }
  }
  return links;
}

const registeredAfter = (a: { id: string; createdAt: Date }, b: { id: string; createdAt: Date }) =>
  a.createdAt.getTime() !== b.createdAt.getTime() ? a.createdAt > b.createdAt : a.id > b.id;

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
