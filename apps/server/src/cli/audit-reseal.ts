// `npm run audit:reseal -- --reason "…" [--data-dir DIR]`: re-seals links of the audit log's hash
// chain that broke without tampering (docs/audit.md "Re-sealing"). The entries are not changed; one
// new entry lists every re-sealed link and the reason. Exit code 0: the chain is now intact;
// 1: problems remain (edited entries are never re-sealed); 2: the command could not run.
import os from 'node:os';
import { SYSTEM_ACTOR } from '../platform/audit/write-audit.ts';
import { resealAuditChain } from '../platform/audit/use-cases/reseal-chain.ts';
import { formatChainReport } from './audit-verify-command.ts';
import { argValue, CliError, openDatabase, runCli, targetFromArgs } from './open-database.ts';

runCli(async () => {
  const argv = process.argv.slice(2);
  const reason = argValue(argv, '--reason')?.trim();
  if (!reason)
    throw new CliError('请用 --reason "原因" 说明为什么重新封存（例如：升级前并发写入造成的断链，已核对无篡改），该原因会写入审计日志。');
  const opened = await openDatabase({ ...targetFromArgs(argv), mode: 'shared' });
  try {
    console.log(`[依法] 正在重新封存审计日志：${opened.description}`);
    const actor = { ...SYSTEM_ACTOR, name: `系统维护（${os.userInfo().username}@${os.hostname()}）` };
    const outcome = await resealAuditChain(opened.database.db, actor, reason);
    if (outcome.links.length === 0) console.log('没有需要重新封存的断开链接。');
    else
      console.log(
        `已重新封存 ${outcome.links.length} 处断开的链接（序号 ${outcome.links.map((l) => l.seq).join('、')}），记录在序号 ${outcome.resealSeq} 的审计记录中。`,
      );
    for (const line of formatChainReport(outcome.after)) console.log(line);
    return outcome.after.isIntact ? 0 : 1;
  } finally {
    await opened.close();
  }
});
