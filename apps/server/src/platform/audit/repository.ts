import type { AuditFilter } from '@yifa/domain';
import { and, desc, eq, gte, ilike, like, lt, sql, type SQL } from 'drizzle-orm';
import { orgNameOf } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { cursorParams, keysetAfterPlaceholders, statementFor, type PageLimit } from '../db/prepared-lists.ts';
import { AppError } from '../http/app-error.ts';
import {
  ALL_TOWNSHIPS,
  firstPageTotal,
  keptTotalField,
  keptTownshipTotalField,
  totalField,
  type ListTotal,
} from '../list-counts/list-counts.ts';
import { preparedScope, type DataScope } from '../scope/data-scope.ts';
import { auditScopeWhere } from './policy.ts';
import { auditLog } from './tables.ts';

export type AuditRow = typeof auditLog.$inferSelect & { townshipName: string | null };

/** A day is read in China time (UTC+8; the township's day, not the server's). */
const CHINA_OFFSET = '+08:00';

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000${CHINA_OFFSET}`);
}

/** `from` inclusive; `to` a day is inclusive (up to the next day's start), an instant exclusive. */
export function filterRange(filter: Pick<AuditFilter, 'from' | 'to'>): { from: Date | null; to: Date | null } {
  const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
  const from = filter.from ? (isDay(filter.from) ? dayStart(filter.from) : new Date(filter.from)) : null;
  let to: Date | null = null;
  if (filter.to) {
    to = isDay(filter.to) ? new Date(dayStart(filter.to).getTime() + 86_400_000) : new Date(filter.to);
  }
  if (from && to && from.getTime() >= to.getTime()) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'querystring.to', code: 'before_from', reason: '结束时间不能早于开始时间' }],
    });
  }
  return { from, to };
}

/** LIKE wildcards typed by the user are matched literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The WHERE of a list or an export: the caller's scope and the filters. */
export function auditWhere(scope: DataScope, filter: AuditFilter): SQL {
  const { from, to } = filterRange(filter);
  return and(
    auditScopeWhere(scope),
    from ? gte(auditLog.at, from) : undefined,
    to ? lt(auditLog.at, to) : undefined,
    filter.actor ? ilike(auditLog.actorName, `%${escapeLike(filter.actor)}%`) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? like(auditLog.action, `${escapeLike(filter.action)}%`) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.isSuccess ? eq(auditLog.isSuccess, filter.isSuccess === 'true') : undefined,
    filter.q ? ilike(auditLog.detail, `%${escapeLike(filter.q)}%`) : undefined,
    filter.townshipId ? eq(auditLog.townshipId, filter.townshipId) : undefined,
  ) as SQL;
}

const columns = {
  seq: auditLog.seq,
  at: auditLog.at,
  townshipId: auditLog.townshipId,
  actorId: auditLog.actorId,
  actorName: auditLog.actorName,
  ip: auditLog.ip,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  isSuccess: auditLog.isSuccess,
  before: auditLog.before,
  after: auditLog.after,
  detail: auditLog.detail,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
  townshipName: orgNameOf(auditLog.townshipId),
};

/** What the list shows of an entry: not the previous entry's hash, which only the chain check reads. */
const { prevHash: _prevHash, ...listColumns } = columns;

/**
 * Newest first: by the time of the entry, then its place in the chain (two entries may share a
 * millisecond). Every index of the list (tables.ts) ends with (at, seq), after the equality column of
 * its query — township, actor, record — so a page is one backward index range whatever the log's size.
 */
export const auditListOrder: KeysetOrder = {
  keys: [
    { expr: auditLog.at, type: 'timestamptz' },
    { expr: auditLog.seq, type: 'int' },
  ],
  direction: 'desc',
};

/** The filters a page may have, in the order of a statement's name. */
const LIST_FILTERS = ['from', 'to', 'actor', 'actorId', 'action', 'entityType', 'entityId', 'isSuccess', 'q', 'townshipId'] as const;
type ListFilter = (typeof LIST_FILTERS)[number];

/**
 * Which entries a page reads, as a prepared statement's shape (the same rule as `auditScopeWhere`):
 * 'all' the system administrator; 'one' or 'several' townships; 'none' a scope of no township; and,
 * for a role narrower than its township, only its own entries (`isOwn`).
 */
type AuditListShape = { townships: 'all' | 'one' | 'several' | 'none'; isOwn: boolean; filters: ListFilter[]; total: ListTotal };

function buildAuditListStatement(db: DbOrTx, scope: DataScope, shape: AuditListShape, limit: PageLimit, name: string) {
  const p = sql.placeholder;
  const has = new Set(shape.filters);
  const where = and(
    // One township as an equality: its range of audit_township_at_idx is then already newest first.
    shape.townships === 'one' ? sql`${auditLog.townshipId} = ${p('townshipId')}::uuid` : undefined,
    shape.townships === 'several' ? sql`${auditLog.townshipId} = any(${p('scopeTownshipIds')}::uuid[])` : undefined,
    shape.townships === 'none' ? sql`false` : undefined,
    shape.isOwn ? sql`${auditLog.actorId} = ${p('self')}::uuid` : undefined,
    has.has('from') ? sql`${auditLog.at} >= ${p('from')}::timestamptz` : undefined,
    has.has('to') ? sql`${auditLog.at} < ${p('to')}::timestamptz` : undefined,
    has.has('actor') ? ilike(auditLog.actorName, p('actor')) : undefined,
    has.has('actorId') ? sql`${auditLog.actorId} = ${p('actorId')}::uuid` : undefined,
    has.has('action') ? like(auditLog.action, p('action')) : undefined,
    has.has('entityType') ? eq(auditLog.entityType, p('entityType')) : undefined,
    has.has('entityId') ? eq(auditLog.entityId, p('entityId')) : undefined,
    has.has('isSuccess') ? sql`${auditLog.isSuccess} = ${p('isSuccess')}::boolean` : undefined,
    has.has('q') ? ilike(auditLog.detail, p('q')) : undefined,
    has.has('townshipId') ? sql`${auditLog.townshipId} = ${p('townshipFilter')}::uuid` : undefined,
  );
  const kept =
    shape.townships === 'one'
      ? keptTownshipTotalField('audit')
      : keptTotalField('audit', shape.townships === 'all' ? ALL_TOWNSHIPS : preparedScope(scope));
  return db
    .select({
      ...listColumns,
      cursor: keysetCursorField(auditListOrder),
      total: totalField(shape.total, kept, () =>
        db
          .select({ one: sql`1` })
          .from(auditLog)
          .where(where),
      ),
    })
    .from(auditLog)
    .where(and(where, shape.total === null ? keysetAfterPlaceholders(auditListOrder) : undefined))
    .orderBy(...keysetOrderBy(auditListOrder))
    .limit(limit)
    .prepare(name);
}

const auditListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildAuditListStatement>>>();

/**
 * One page, newest first, with the total (kept, or counted up to the cap) on the first page: one
 * prepared statement per shape (platform/db/prepared-lists.ts), one round trip.
 */
export async function listAuditEntries(
  db: DbOrTx,
  scope: DataScope,
  filter: AuditFilter,
  paging: { after?: string | undefined; pageSize: number },
) {
  const { from, to } = filterRange(filter);
  const filters = LIST_FILTERS.filter((k) => filter[k] !== undefined);
  const isFirstPage = !paging.after;
  const townships =
    scope.townshipIds === 'all' ? 'all' : scope.townshipIds.length === 0 ? 'none' : scope.townshipIds.length === 1 ? 'one' : 'several';
  const shape: AuditListShape = {
    townships,
    isOwn: scope.townshipIds !== 'all' && scope.kind !== 'township' && scope.kind !== 'countyRead',
    filters,
    total: firstPageTotal('audit', scope, isFirstPage, filters.length > 0),
  };
  const key = `audit_list_${shape.townships}${shape.isOwn ? '_own' : ''}_${filters.join('.')}_${shape.total ?? 'next'}`;
  const statement = statementFor(auditListStatements, db, key, paging.pageSize + 1, (on, limit, name) =>
    buildAuditListStatement(on, scope, shape, limit, name),
  );
  const rows = await statement.execute({
    ...cursorParams(paging.after ? decodeCursor(auditListOrder, paging.after) : []),
    townshipId: townships === 'one' ? (scope.townshipIds as string[])[0] : undefined,
    scopeTownshipIds: townships === 'several' || townships === 'none' ? scope.townshipIds : undefined,
    self: scope.userId,
    from: from?.toISOString(),
    to: to?.toISOString(),
    actor: filter.actor ? `%${escapeLike(filter.actor)}%` : undefined,
    actorId: filter.actorId,
    action: filter.action ? `${escapeLike(filter.action)}%` : undefined,
    entityType: filter.entityType,
    entityId: filter.entityId,
    isSuccess: filter.isSuccess,
    q: filter.q ? `%${escapeLike(filter.q)}%` : undefined,
    townshipFilter: filter.townshipId,
  });
  return { rows, isFirstPage };
}

/**
 * Every matching entry, newest first, in batches by `seq` (keyset, so a long export neither holds
 * one transaction open nor slows down with OFFSET).
 */
export async function* iterateAuditEntries(
  db: DbOrTx,
  scope: DataScope,
  filter: AuditFilter,
  batchSize = 2000,
): AsyncGenerator<AuditRow[]> {
  const where = auditWhere(scope, filter);
  let below: number | null = null;
  for (;;) {
    const rows: AuditRow[] = await db
      .select(columns)
      .from(auditLog)
      .where(below === null ? where : and(where, lt(auditLog.seq, below)))
      .orderBy(desc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    below = rows[rows.length - 1]!.seq;
  }
}
