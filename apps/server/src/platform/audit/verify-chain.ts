import { asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from './tables.ts';
import { GENESIS_HASH, auditHash } from './write-audit.ts';

export type ChainProblemReason = 'hash-mismatch' | 'broken-link' | 'gap';

export interface ChainReport {
  entries: number;
  isIntact: boolean;
  /** The first entries whose hash does not match, or whose predecessor is missing. */
  problems: { seq: number; reason: ChainProblemReason }[];
  /**
   * Links that were broken and later re-sealed (`npm run audit:reseal`): not problems any more,
   * but always reported, with the entry that re-sealed them (the evidence is kept in the chain).
   */
  resealed: { seq: number; reason: 'broken-link' | 'gap'; resealSeq: number }[];
  /**
   * The newest entry. The chain cannot show that entries were cut off its end: compare these
   * with the values printed by an earlier check (docs/audit.md "Anchors").
   */
  lastSeq: number | null;
  lastHash: string | null;
}

/** The action of a re-seal entry; its `after.links` lists the links it vouches for. */
export const RESEAL_ACTION = 'platform.audit.reseal';

/**
 * One re-sealed link: entry `seq` records `linkedTo` as its predecessor's hash, while the entry
 * before it has hash `predecessor`. (Keys avoid the suffix "Hash", which the redactor hides.)
 */
export interface ResealedLink {
  seq: number;
  linkedTo: string;
  predecessor: string;
  reason: 'broken-link' | 'gap';
}

/** At most this many problems are listed by default; the check stops there. */
export const MAX_REPORTED_PROBLEMS = 100;

/**
 * Walks the whole chain in pages, recomputing every hash (`npm run audit:verify`).
 * An edited entry shows as `hash-mismatch` on itself; a deleted one as `gap` on its successor
 * (whose `prev_hash` names an entry that is no longer there). A broken link vouched for by a
 * later re-seal entry (same seq, same recorded and actual predecessor hashes) is listed under
 * `resealed` instead; an edited entry can never be re-sealed.
 */
export async function verifyAuditChain(db: DbOrTx, options: { pageSize?: number; maxProblems?: number } = {}): Promise<ChainReport> {
  const pageSize = options.pageSize ?? 5000;
  const maxProblems = options.maxProblems ?? MAX_REPORTED_PROBLEMS;
  const reseals = await loadReseals(db);
  const problems: ChainReport['problems'] = [];
  const resealed: ChainReport['resealed'] = [];
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
      if (row.prevHash !== prevHash) {
        const reason = row.seq !== prevSeq + 1 ? 'gap' : 'broken-link';
        const seal = reseals.get(row.seq);
        if (seal && seal.link.linkedTo === row.prevHash && seal.link.predecessor === prevHash)
          resealed.push({ seq: row.seq, reason, resealSeq: seal.resealSeq });
        else problems.push({ seq: row.seq, reason });
      }
      const expected = auditHash(row.prevHash, row);
      if (expected !== row.hash) problems.push({ seq: row.seq, reason: 'hash-mismatch' });
      prevHash = row.hash;
      prevSeq = row.seq;
      lastHash = row.hash;
      if (problems.length >= maxProblems) return { entries, isIntact: false, problems, resealed, lastSeq: prevSeq, lastHash };
    }
  }
  return { entries, isIntact: problems.length === 0, problems, resealed, lastSeq: entries ? prevSeq : null, lastHash };
}

/** The links vouched for by re-seal entries; a re-seal only vouches for entries older than itself. */
async function loadReseals(db: DbOrTx): Promise<Map<number, { link: ResealedLink; resealSeq: number }>> {
  const rows = await db
    .select({ seq: auditLog.seq, after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.action, RESEAL_ACTION))
    .orderBy(asc(auditLog.seq));
  const map = new Map<number, { link: ResealedLink; resealSeq: number }>();
  for (const row of rows) {
    const links = (row.after as { links?: ResealedLink[] } | null)?.links ?? [];
    for (const link of links) if (link.seq < row.seq && !map.has(link.seq)) map.set(link.seq, { link, resealSeq: row.seq });
  }
  return map;
}
