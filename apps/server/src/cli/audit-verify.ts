// `npm run audit:verify [-- --data-dir DIR]`: recomputes the audit log's hash chain
// (GB/T 22239-2019 §8.1.4.3: protect audit records against deletion or overwrite).
// Exit code 0: intact; 1: entries were edited or deleted; 2: the check could not run.
import { auditVerifyCommand } from './audit-verify-command.ts';
import { openDatabase, runCli, targetFromArgs } from './open-database.ts';

runCli(async () => {
  const target = targetFromArgs(process.argv.slice(2));
  const opened = await openDatabase({ ...target, mode: 'shared' });
  try {
    console.log(`[依法] 正在校验审计日志：${opened.description}`);
    const { exitCode } = await auditVerifyCommand(opened.database.db, (line) => console.log(line));
    return exitCode;
  } finally {
    await opened.close();
  }
});
