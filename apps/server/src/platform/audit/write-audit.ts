import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from './tables.ts';
import { canonicalJson } from './canonical-json.ts';
import { redact } from './redact.ts';

/** Who did it: taken from the request, or `system` for jobs and the command line. */
export interface Actor {
  userId: string | null;
  name: string;
  ip: string | null;
  townshipId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, name: '系统', ip: null, townshipId: null };

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string | null;
  townshipId?: string | null;
  before?: unknown;
  after?: unknown;
  isSuccess?: boolean;
  detail?: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The advisory lock key that serialises appends to the chain (any fixed number unique in the app). */
export const AUDIT_APPEND_LOCK = 724002;

/** Told of every entry written by this process (the auth cache clears itself on any change). */
const listeners = new Set<() => void>();
export function onAuditWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The fields a hash covers, in a fixed order; `audit:verify` recomputes exactly this. */
export function auditHash(
  prevHash: string,
  row: {
    at: Date;
    townshipId: string | null;
    actorId: string | null;
    actorName: string | null;
    ip: string | null;
    action: string;
    entityType: string | null;
    entityId: string | null;
    isSuccess: boolean;
    before: unknown;
    after: unknown;
    detail: string | null;
  },
): string {
  // Name the fields: a row read back from the table also carries seq, prev_hash and hash.
  const body = canonicalJson({
    at: row.at.toISOString(),
    townshipId: row.townshipId,
    actorId: row.actorId,
    actorName: row.actorName,
    ip: row.ip,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    isSuccess: row.isSuccess,
    before: row.before,
    after: row.after,
    detail: row.detail,
  });
  return crypto.createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends one entry, in the caller's transaction, so the entry exists exactly when the change does.
 *
 * Appends are serialised by a transaction-scoped advisory lock, held until the caller's transaction
 * ends, so the next writer reads this entry as its predecessor and the chain has one order. A caller
 * without a transaction (a failed login, an unmasked view) gets one here: with autocommit the lock
 * would be released before the insert and two writers could both link to the same predecessor,
 * forking the chain. Inside a caller's transaction `transaction()` is a savepoint and the lock still
 * lasts until the outer commit.
 */
/** Returns the entry's number (`seq`). */
export async function writeAudit(db: DbOrTx, actor: Actor, entry: AuditEntry): Promise<number> {
  const seq = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`);
    // Read after the lock is granted: under READ COMMITTED this statement's snapshot then includes
    // the previous writer's committed entry.
    const last = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .orderBy(sql`${auditLog.seq} desc`)
      .limit(1);
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const row = {
      at: new Date(),
      townshipId: entry.townshipId !== undefined ? entry.townshipId : actor.townshipId,
      actorId: actor.userId,
      actorName: actor.name,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      isSuccess: entry.isSuccess ?? true,
      before: entry.before === undefined ? null : redact(entry.before),
      after: entry.after === undefined ? null : redact(entry.after),
      detail: entry.detail ?? null,
    };
    // Round-trip through JSON so the hash covers exactly what jsonb will hand back.
    row.before = row.before === null ? null : JSON.parse(JSON.stringify(row.before));
    row.after = row.after === null ? null : JSON.parse(JSON.stringify(row.after));
    const [inserted] = await tx
      .insert(auditLog)
      .values({ ...row, prevHash, hash: auditHash(prevHash, row) })
      .returning({ seq: auditLog.seq });
    return inserted!.seq;
  });
  for (const listener of listeners) listener();
  return seq;
}
