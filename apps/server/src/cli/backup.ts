// `npm run backup [-- --out FILE] [--data-dir DIR]`: a consistent archive of the whole database,
// the attachments and the encryption key (docs/backup.md). Runs while the app is running.
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupError, createBackup } from '../platform/backup/index.ts';
import { argValue, CliError, openDatabase, runCli, targetFromArgs } from './open-database.ts';

runCli(async () => {
  const argv = process.argv.slice(2);
  const target = targetFromArgs(argv);
  const stamp = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const out = path.resolve(argValue(argv, '--out') ?? `yifa-backup-${stamp}.tar.gz`);
  const opened = await openDatabase({ ...target, mode: 'shared' });
  try {
    console.log(`[依法] 正在备份：${opened.description}，数据目录 ${target.dataDir}`);
    const report = await createBackup({
      database: opened.database,
      dataDir: target.dataDir,
      out,
      isSecretKeyFromEnv: loadConfig().secretKey !== null,
      log: (m) => console.log(`[依法] ${m}`),
    });
    console.log(`[依法] 备份完成：${report.out}`);
    console.log(
      `[依法]   ${report.tables} 张数据表，共 ${report.rows} 行；${report.files} 个附件；文件大小 ${(report.bytes / 1024 / 1024).toFixed(1)} MB；用时 ${(report.durationMs / 1000).toFixed(1)} 秒`,
    );
    console.log(
      `[依法]   审计日志 ${report.manifest.auditChain.entries} 条，哈希链${report.manifest.auditChain.isIntact ? '完整' : '不完整'}`,
    );
    if (report.manifest.hasSecretKey)
      console.log('[依法] 备份中含有解密个人信息的密钥：请像保管公章一样保管此文件（加密存放、限制接触、异地留存）。');
    return 0;
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message);
    throw error;
  } finally {
    await opened.close();
  }
});
