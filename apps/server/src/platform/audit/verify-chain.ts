import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from './tables.ts';
import { GENESIS_HASH, auditHash } from './write-audit.ts';

export interface ChainReport {
  entries: number;
  isIntact: boolean;
  /** The first entries whose hash does not match, or whose predecessor is missing. */
  problems: { seq: number; reason: 'hash-mismatch' | 'broken-link' | 'gap' }[];
}

/** Walks the whole chain in pages, recomputing every hash (`npm run audit:verify`). */
export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<ChainReport> {
  const problems: ChainReport['problems'] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let entries = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.seq, prevSeq)).orderBy(asc(auditLog.seq)).limit(pageSize);
    if (page.length === 0) break;
    for (const row of page) {
      entries++;
      if (row.prevHash !== prevHash) problems.push({ seq: row.seq, reason: row.seq !== prevSeq + 1 ? 'gap' : 'broken-link' });
      const expected = auditHash(row.prevHash, row);
      if (expected !== row.hash) problems.push({ seq: row.seq, reason: 'hash-mismatch' });
      prevHash = row.hash;
      prevSeq = row.seq;
      if (problems.length >= 100) return { entries, isIntact: false, problems };
    }
  }
  return { entries, isIntact: problems.length === 0, problems };
}
