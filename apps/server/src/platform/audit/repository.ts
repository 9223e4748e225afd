import type { AuditFilter } from '@yifa/domain';
import { and, desc, eq, gte, ilike, like, lt, sql, type SQL } from 'drizzle-orm';
import { orgNameOf } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import { decodeCursor, keysetAfter, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { AppError } from '../http/app-error.ts';
import { firstPageTotal, keptTotalField, totalField } from '../list-counts/list-counts.ts';
import type { DataScope } from '../scope/data-scope.ts';
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

/** One page, newest first, with the total (kept, or counted up to the cap) on the first page: one round trip. */
export async function listAuditEntries(
  db: DbOrTx,
  scope: DataScope,
  filter: AuditFilter,
  paging: { after?: string | undefined; pageSize: number },
): Promise<{ rows: (AuditRow & { cursor: string; total: number | null })[]; isFirstPage: boolean }> {
  const where = auditWhere(scope, filter);
  const isFirstPage = !paging.after;
  const rows = await db
    .select({
      ...columns,
      cursor: keysetCursorField(auditListOrder),
      total: totalField(
        firstPageTotal(
          'audit',
          scope,
          isFirstPage,
          Object.values(filter).some((v) => v !== undefined),
        ),
        keptTotalField('audit', scope),
        () =>
          db
            .select({ one: sql`1` })
            .from(auditLog)
            .where(where),
      ),
    })
    .from(auditLog)
    .where(paging.after ? and(where, keysetAfter(auditListOrder, decodeCursor(auditListOrder, paging.after))) : where)
    .orderBy(...keysetOrderBy(auditListOrder))
    .limit(paging.pageSize + 1);
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
