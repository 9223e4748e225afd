import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { connect, type Database } from '../platform/db/client.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../platform/db/embedded-postgres.ts';
import { acquireInstanceLock, InstanceLockedError } from '../platform/db/instance-lock.ts';

/** A failure the command line explains in Chinese, without a stack trace (exit code 2). */
export class CliError extends Error {}

export interface OpenDatabaseOptions {
  /** The data folder (YIFA_DATA_DIR, default ./data); holds pg/, files/ and secret.key. */
  dataDir: string;
  /** An external PostgreSQL instead of the embedded one (DATABASE_URL). */
  databaseUrl: string | null;
  /**
   * 'shared': a running Yifa may use the database at the same time (audit:verify, backup): its
   * embedded server is reused and left running.
   * 'exclusive': no Yifa may run on this data folder (restore): the instance lock is taken.
   */
  mode: 'shared' | 'exclusive';
  /** Initialise an embedded database when the data folder has none (restore into a new folder). */
  create?: boolean;
  log?: (message: string) => void;
}

export interface OpenedDatabase {
  database: Database;
  url: string;
  /** Where the database lives, for messages. */
  description: string;
  close(): Promise<void>;
}

/**
 * Opens the database the way `npm start` (main.ts) does, without HTTP, migrations or seeds:
 * DATABASE_URL when given, else the embedded PostgreSQL in <dataDir>/pg. A postmaster already
 * running on that folder (the app's, or an orphan after kill -9) is reused and left running;
 * one this command started is stopped again when it closes.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const log = options.log ?? (() => {});
  if (options.databaseUrl) {
    const database = connect(options.databaseUrl, 4);
    try {
      await database.pool.query('select 1');
    } catch (error) {
      await database.close().catch(() => undefined);
      throw new CliError(`无法连接外部数据库 (DATABASE_URL)：${(error as Error).message}`);
    }
    return {
      database,
      url: options.databaseUrl,
      description: `外部数据库 ${redactUrl(options.databaseUrl)}`,
      close: () => database.close(),
    };
  }

  const pgDir = path.join(options.dataDir, 'pg');
  if (!options.create && !fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    throw new CliError(
      `数据目录 ${options.dataDir} 中没有数据库（找不到 pg/PG_VERSION）。请用 --data-dir 或 YIFA_DATA_DIR 指定依法系统的数据目录，或设置 DATABASE_URL。`,
    );
  }

  // With the instance lock held we are the only Yifa on this folder: we may stop what we start.
  // Without it (the app is running) we only borrow the app's server.
  let releaseLock: (() => void) | null = null;
  try {
    releaseLock = acquireInstanceLock(options.dataDir);
  } catch (error) {
    if (!(error instanceof InstanceLockedError)) throw error;
    if (options.mode === 'exclusive') throw new CliError(`${error.message}\n恢复数据前必须先停止依法系统。`);
  }
  if (!releaseLock && !isPostmasterRunning(pgDir)) {
    // The app holds the folder but its database is not up yet: starting one here would hand it ours.
    throw new CliError('依法系统正在启动或停止，请稍后再试。');
  }
  let embedded: EmbeddedPostgres;
  try {
    // Its messages ("reusing a leftover process") describe the app's view, not ours.
    embedded = await startEmbeddedPostgres({ pgDir, log: options.create ? log : () => {} });
  } catch (error) {
    releaseLock?.();
    throw error;
  }
  const database = connect(embedded.url, 4);
  return {
    database,
    url: embedded.url,
    description: `内嵌数据库 ${pgDir}${embedded.wasOrphan ? '（使用正在运行的数据库进程）' : ''}`,
    async close() {
      await database.close().catch(() => undefined);
      if (releaseLock) {
        await embedded.stop();
        releaseLock();
      }
    },
  };
}

/** postmaster.pid's first line is the server's pid (PostgreSQL's documented layout). */
function isPostmasterRunning(pgDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (!pid) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(无法解析的地址)';
  }
}

/** `--name value` or `--name=value` from argv. */
export function argValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) return argv[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

/** The data folder and database of a command: --data-dir, else YIFA_DATA_DIR, else ./data; --database-url, else DATABASE_URL. */
export function targetFromArgs(argv: string[], config: Config = loadConfig()): { dataDir: string; databaseUrl: string | null } {
  const dataDir = path.resolve(argValue(argv, '--data-dir') ?? config.dataDir);
  const databaseUrl = argValue(argv, '--database-url') ?? config.databaseUrl;
  return { dataDir, databaseUrl };
}

/** Runs a command's body and exits with its code; a CliError prints its message only. */
export function runCli(body: () => Promise<number>): void {
  body().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof CliError || error instanceof ConfigError) console.error(`[依法] ${error.message}`);
      else console.error('[依法] 执行失败：', error);
      process.exit(2);
    },
  );
}
