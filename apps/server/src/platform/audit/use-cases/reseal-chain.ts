import { desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../tables.ts';
import { RESEAL_ACTION, verifyAuditChain, type ChainReport, type ResealedLink } from '../verify-chain.ts';
import { writeAudit, type Actor } from '../write-audit.ts';

export interface ResealOutcome {
  /** The links re-sealed now (empty when there was nothing to re-seal). */
  links: ResealedLink[];
  /** The re-seal entry written, or null. */
  resealSeq: number | null;
  /** The check after the re-seal: edited entries (hash mismatches) stay problems. */
  after: ChainReport;
}

/**
 * Re-seals the broken links of the chain (docs/audit.md "Re-sealing"). A link breaks without any
 * tampering when two appends read the same predecessor (before appends were serialised for every
 * caller, concurrent failed logins did this). The entries themselves are untouched — the table is
 * append-only — and an entry whose own hash does not match (an edit) is never re-sealed. One new
 * entry, in the chain itself, lists every link it vouches for with both hashes, the operator's
 * reason and who ran it; `audit:verify` then reports those links as re-sealed, not as problems, so
 * the evidence of what was re-sealed stays visible for good.
 */
export async function resealAuditChain(db: Db, actor: Actor, reason: string): Promise<ResealOutcome> {
  const before = await verifyAuditChain(db, { maxProblems: Number.POSITIVE_INFINITY });
  const edited = new Set(before.problems.filter((p) => p.reason === 'hash-mismatch').map((p) => p.seq));
  const links: ResealedLink[] = [];
  for (const problem of before.problems) {
    if (problem.reason === 'hash-mismatch' || edited.has(problem.seq)) continue;
    const [row] = await db.select({ prevHash: auditLog.prevHash }).from(auditLog).where(eq(auditLog.seq, problem.seq));
    const [predecessor] = await db
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(lt(auditLog.seq, problem.seq))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    if (!row || !predecessor) continue;
    links.push({ seq: problem.seq, linkedTo: row.prevHash, predecessor: predecessor.hash, reason: problem.reason });
  }
  if (links.length === 0) return { links, resealSeq: null, after: before };
  const resealSeq = await db.transaction((tx) =>
    writeAudit(tx, actor, {
      action: RESEAL_ACTION,
      after: { reason, links },
      detail: `重新封存审计日志哈希链：${links.length} 处断开的链接（序号 ${links.map((l) => l.seq).join('、')}）；原因：${reason}`,
    }),
  );
  return { links, resealSeq, after: await verifyAuditChain(db) };
}
