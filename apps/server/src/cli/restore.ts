// `npm run restore -- FILE [--data-dir DIR]` (or DATABASE_URL=… for an external database): loads
// a backup into an EMPTY database and data folder (docs/backup.md). The app must be stopped.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupError, restoreBackup } from '../platform/backup/index.ts';
import { CliError, openDatabase, runCli, targetFromArgs } from './open-database.ts';

/** The first argument that is neither an option nor an option's value. */
function archiveArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data-dir' || a === '--database-url') i++;
    else if (!a.startsWith('--')) return a;
  }
  return undefined;
}

runCli(async () => {
  const argv = process.argv.slice(2);
  const file = archiveArg(argv);
  if (!file) throw new CliError('用法：npm run restore -- 备份文件.tar.gz [--data-dir 目标数据目录]（外部数据库用 DATABASE_URL 指定）');
  const archive = path.resolve(file);
  if (!fs.existsSync(archive)) throw new CliError(`找不到备份文件 ${archive}`);
  const target = targetFromArgs(argv);
  const opened = await openDatabase({ ...target, mode: 'exclusive', create: true, log: (m) => console.log(`[依法] ${m}`) });
  try {
    console.log(`[依法] 正在恢复 ${archive} 到：${opened.description}，数据目录 ${target.dataDir}`);
    const report = await restoreBackup({
      database: opened.database,
      archive,
      dataDir: target.dataDir,
      secretKeyFromEnv: loadConfig().secretKey,
      log: (m) => console.log(`[依法] ${m}`),
    });
    console.log(
      `[依法] 恢复完成：${report.tables} 张数据表，共 ${report.rows} 行；${report.files} 个附件；用时 ${(report.durationMs / 1000).toFixed(1)} 秒`,
    );
    console.log(
      `[依法]   行数逐表核对一致；审计日志 ${report.chain.entries} 条，哈希链${report.chain.isIntact ? '完整' : '不完整（备份时即已如此）'}。`,
    );
    console.log('[依法] 现在可以用 npm start 启动系统（数据目录与数据库同上）。');
    return report.chain.isIntact ? 0 : 1;
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message);
    throw error;
  } finally {
    await opened.close();
  }
});
