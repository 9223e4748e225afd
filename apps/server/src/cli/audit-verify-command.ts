import { AUDIT_CHAIN_PROBLEMS } from '@yifa/domain';
import type { DbOrTx } from '../platform/db/client.ts';
import { MAX_REPORTED_PROBLEMS, verifyAuditChain, type ChainReport } from '../platform/audit/verify-chain.ts';

/** The Chinese summary `npm run audit:verify` prints. */
export function formatChainReport(report: ChainReport): string[] {
  const lines: string[] = [];
  if (report.isIntact) {
    lines.push(`审计日志完整：共 ${report.entries} 条记录，哈希链校验通过，未发现修改或删除。`);
  } else {
    lines.push(
      `审计日志已被篡改：共 ${report.entries} 条记录，发现 ${report.problems.length} 处问题${report.problems.length >= MAX_REPORTED_PROBLEMS ? `（仅列出前 ${MAX_REPORTED_PROBLEMS} 处）` : ''}：`,
    );
    for (const p of report.problems) lines.push(`  序号 ${p.seq}：${AUDIT_CHAIN_PROBLEMS[p.reason].zh}`);
  }
  if (report.resealed.length) {
    const bySeal = new Map<number, number[]>();
    for (const r of report.resealed) bySeal.set(r.resealSeq, [...(bySeal.get(r.resealSeq) ?? []), r.seq]);
    for (const [resealSeq, seqs] of bySeal)
      lines.push(`已重新封存的断开链接 ${seqs.length} 处（序号 ${seqs.join('、')}），见序号 ${resealSeq} 的重新封存记录。`);
  }
  if (report.lastSeq !== null) {
    // The chain cannot reveal a cut-off tail: the operator keeps these and compares next time.
    lines.push(`最新一条：序号 ${report.lastSeq}，哈希 ${report.lastHash}`);
    lines.push('请记录上面的序号和哈希；下次校验时最新序号不应小于它，且该序号的哈希应保持不变。');
  }
  return lines;
}

/** Verifies the chain and prints the summary; the exit code is 0 when intact, 1 when broken. */
export async function auditVerifyCommand(db: DbOrTx, print: (line: string) => void): Promise<{ exitCode: 0 | 1; report: ChainReport }> {
  const report = await verifyAuditChain(db);
  for (const line of formatChainReport(report)) print(line);
  return { exitCode: report.isIntact ? 0 : 1, report };
}
