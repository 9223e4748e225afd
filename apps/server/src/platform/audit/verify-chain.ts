import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from './tables.ts';
import { GENESIS_HASH, auditHash } from './write-audit.ts';

export interface ChainReport {
  entries: number;
  isIntact: boolean;
  /** The first entries whose hash does not match, or whose predecessor is missing. */
  problems: { seq: number; reason: 'hash-mismatch' | 'broken-link' | 'gap' }[];
  /**
   * The newest entry. The chain cannot show that entries were cut off its end: compare these
   * with the values printed by an earlier check (docs/audit.md "Anchors").
   */
  lastSeq: number | null;
  lastHash: string | null;
}

/** At most this many problems are listed; the check stops there. */
export const MAX_REPORTED_PROBLEMS = 100;

/**
 * Walks the whole chain in pages, recomputing every hash (`npm run audit:verify`).
 * An edited entry shows as `hash-mismatch` on itself; a deleted one as `gap` on its successor
 * (whose `prev_hash` names an entry that is no longer there).
 */
export async function verifyAuditChain(db: DbOrTx, pageSize = 5000): Promise<ChainReport> {
  const problems: ChainReport['problems'] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let entries = 0;
  let lastHash: string | null = null;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.seq, prevSeq)).orderBy(asc(auditLog.seq)).limit(pageSize);
    if (page.length === 0) break;
    for (const row of page) {
      entries++;
      // A rolled-back transaction leaves a hole in `seq` without breaking the chain: only a
      // hole together with a wrong `prev_hash` means a deleted entry.
      if (row.prevHash !== prevHash) problems.push({ seq: row.seq, reason: row.seq !== prevSeq + 1 ? 'gap' : 'broken-link' });
      const expected = auditHash(row.prevHash, row);
      if (expected !== row.hash) problems.push({ seq: row.seq, reason: 'hash-mismatch' });
      prevHash = row.hash;
      prevSeq = row.seq;
      lastHash = row.hash;
      if (problems.length >= MAX_REPORTED_PROBLEMS) return { entries, isIntact: false, problems, lastSeq: prevSeq, lastHash };
    }
  }
  return { entries, isIntact: problems.length === 0, problems, lastSeq: entries ? prevSeq : null, lastHash };
}
