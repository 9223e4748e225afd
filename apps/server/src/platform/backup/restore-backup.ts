import fs from 'node:fs';
import readline from 'node:readline';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import { extract as extractTar } from 'tar';
import { verifyAuditChain, type ChainReport } from '../audit/verify-chain.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit/write-audit.ts';
import type { Database } from '../db/client.ts';
import { MIGRATIONS_FOLDER } from '../db/migrate.ts';
import * as schema from '../db/schema.ts';
import { sha256File } from './attachments.ts';
import { ident, loadOrder, readTables, TEXT_FORM_SETTINGS } from './catalog.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  FILES_DIR,
  MANIFEST_FILE,
  SECRET_KEY_FILE,
  type Manifest,
  type ManifestTable,
} from './manifest.ts';
import { migrateFirst, planMigrations } from './migrations-prefix.ts';

export interface RestoreOptions {
  database: Database;
  /** The .tar.gz written by createBackup. */
  archive: string;
  /** The target data folder: attachments and secret.key are put there. */
  dataDir: string;
  /** The app will use YIFA_SECRET_KEY: the archived key is still restored, and compared. */
  secretKeyFromEnv?: string | null;
  log?: (message: string) => void;
  /** Folder for migrations of this version (tests); default the app's. */
  migrationsFolder?: string;
}

export interface RestoreReport {
  tables: number;
  rows: number;
  files: number;
  durationMs: number;
  chain: ChainReport;
  manifest: Manifest;
  warnings: string[];
}

/** PostgreSQL takes at most 65 535 parameters a statement. */
const MAX_PARAMS = 60_000;
const MAX_BATCH_ROWS = 1000;

/**
 * `npm run restore`: loads an archive into an EMPTY database and data folder. Refuses anything
 * else, so a restore can never mix with or overwrite live data. Every table loads in one
 * transaction, checked (row counts, audit chain) before it commits: the result is all or nothing.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  const warnings: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    log(`注意：${m}`);
  };
  fs.mkdirSync(options.dataDir, { recursive: true });
  await assertEmptyTarget(options.database.pool, options.dataDir);

  // Unpacked inside the target folder, so attachments move into place by rename, not by copy.
  const work = fs.mkdtempSync(path.join(options.dataDir, '.restore-'));
  try {
    log('正在解开备份文件…');
    try {
      await extractTar({ file: options.archive, cwd: work, strict: true });
    } catch (error) {
      throw new BackupError('BACKUP.BAD_ARCHIVE', `无法读取备份文件 ${options.archive}：${(error as Error).message}`);
    }
    const manifest = readManifest(work);
    await checkIntegrity(work, manifest);
    const keyFromArchive = manifest.hasSecretKey ? fs.readFileSync(path.join(work, SECRET_KEY_FILE), 'utf8').trim() : null;
    checkKeys(options.dataDir, keyFromArchive, options.secretKeyFromEnv ?? null, warn);

    const plan = planMigrations(manifest, migrationsFolder);
    plan.warnings.forEach(warn);
    log(`正在建立数据库结构（${plan.count} 个迁移）…`);
    await migrateFirst(options.database, plan.count, work, migrationsFolder);

    log('正在载入数据…');
    const { rows, chain } = await loadTables(options.database.pool, work, manifest, log);
    if (plan.newer > 0) {
      log(`正在升级数据库结构（本版本较备份新 ${plan.newer} 个迁移）…`);
      await migrate(options.database.db, { migrationsFolder });
    }

    if (manifest.files.length) {
      const target = path.join(options.dataDir, FILES_DIR);
      if (fs.existsSync(target)) fs.rmdirSync(target); // empty (checked above); Windows cannot rename onto it
      fs.renameSync(path.join(work, FILES_DIR), target);
    }
    if (keyFromArchive !== null) {
      fs.writeFileSync(path.join(options.dataDir, SECRET_KEY_FILE), keyFromArchive, { mode: 0o600 });
    } else {
      warn('备份中没有密钥文件（备份时使用了 YIFA_SECRET_KEY）：启动前须设置同一个 YIFA_SECRET_KEY，否则加密的个人信息无法读取。');
    }

    await options.database.db.transaction((tx) =>
      writeAudit(
        tx,
        { ...SYSTEM_ACTOR, name: '系统恢复' },
        {
          action: 'platform.backup.restore',
          entityType: 'backup',
          after: { createdAt: manifest.createdAt, tables: manifest.tables.length, rows, files: manifest.files.length },
          detail: `从备份恢复数据（备份时间 ${manifest.createdAt}）`,
        },
      ),
    );
    return {
      tables: manifest.tables.length,
      rows,
      files: manifest.files.length,
      durationMs: Date.now() - started,
      chain,
      manifest,
      warnings,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A target with any table, sequence or migration record of its own is not empty: refuse. */
export async function assertEmptyTarget(pool: pg.Pool, dataDir: string): Promise<void> {
  const objects = await pool.query<{ n: number }>(
    `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`,
  );
  const migrated = await pool.query("select to_regclass('drizzle.__drizzle_migrations') is not null as ok");
  if (objects.rows[0]!.n > 0 || migrated.rows[0]?.ok) {
    throw new BackupError(
      'BACKUP.TARGET_NOT_EMPTY',
      '目标数据库不是空的（已有数据表）。恢复只能在空数据库中进行，不会覆盖现有数据：请新建一个空数据库（或使用新的数据目录）后再恢复。',
    );
  }
  const files = path.join(dataDir, FILES_DIR);
  if (fs.existsSync(files) && fs.readdirSync(files).length > 0) {
    throw new BackupError('BACKUP.DATA_DIR_NOT_EMPTY', `目标数据目录中已有附件（${files}）。请使用新的数据目录后再恢复。`);
  }
}

function readManifest(work: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(work, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    throw new BackupError('BACKUP.BAD_ARCHIVE', '备份文件中没有有效的 manifest.json，不是依法系统的备份。');
  }
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError('BACKUP.BAD_ARCHIVE', '不是依法系统的备份文件。');
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'BACKUP.VERSION_MISMATCH',
      `备份格式版本 ${manifest.formatVersion} 高于本系统支持的 ${BACKUP_FORMAT_VERSION}，请先升级本系统。`,
    );
  }
  return manifest;
}

/** Every table file and attachment must hash to what the manifest says, before anything is loaded. */
async function checkIntegrity(work: string, manifest: Manifest): Promise<void> {
  for (const t of manifest.tables) {
    const file = path.join(work, t.file);
    if (!fs.existsSync(file) || (await sha256File(file)) !== t.sha256) {
      throw new BackupError('BACKUP.CORRUPT', `备份已损坏：数据表 ${t.name} 的文件缺失或校验值不符。`);
    }
  }
  for (const f of manifest.files) {
    const file = path.join(work, FILES_DIR, ...f.path.split('/'));
    if (!fs.existsSync(file) || (await sha256File(file)) !== f.sha256) {
      throw new BackupError('BACKUP.CORRUPT', `备份已损坏：附件 ${f.path} 缺失或校验值不符。`);
    }
  }
  if (manifest.hasSecretKey && !fs.existsSync(path.join(work, SECRET_KEY_FILE))) {
    throw new BackupError('BACKUP.CORRUPT', '备份已损坏：缺少密钥文件 secret.key。');
  }
}

function checkKeys(dataDir: string, fromArchive: string | null, fromEnv: string | null, warn: (m: string) => void): void {
  const existing = path.join(dataDir, SECRET_KEY_FILE);
  if (fromArchive !== null && fs.existsSync(existing) && fs.readFileSync(existing, 'utf8').trim() !== fromArchive) {
    throw new BackupError(
      'BACKUP.DATA_DIR_NOT_EMPTY',
      `目标数据目录中已有另一个密钥文件（${existing}），恢复会使其中的数据无法解密。请使用新的数据目录。`,
    );
  }
  if (fromArchive !== null && fromEnv !== null && fromEnv.trim() !== fromArchive) {
    warn(
      '已设置的 YIFA_SECRET_KEY 与备份中的密钥不同：系统会使用环境变量中的密钥，恢复的个人信息将无法解密。请取消该环境变量或改为备份中的密钥。',
    );
  }
}

/** All tables in one transaction, foreign keys satisfied by the load order, checked before commit. */
async function loadTables(
  pool: pg.Pool,
  work: string,
  manifest: Manifest,
  log: (m: string) => void,
): Promise<{ rows: number; chain: ChainReport }> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const s of TEXT_FORM_SETTINGS) await client.query(s);
    const target = await readTables(client);
    const archived = new Map(manifest.tables.map((t) => [t.name, t]));
    const missing = manifest.tables.filter((t) => !target.some((x) => x.name === t.name)).map((t) => t.name);
    const extra = target.filter((t) => !archived.has(t.name)).map((t) => t.name);
    if (missing.length || extra.length) {
      throw new BackupError(
        'BACKUP.SCHEMA_MISMATCH',
        `数据库结构与备份不一致（备份有而数据库没有：${missing.join('、') || '无'}；数据库有而备份没有：${extra.join('、') || '无'}）。`,
      );
    }
    const { order, hasCycle } = loadOrder(target);
    if (hasCycle) {
      // Tables that reference each other in a circle cannot be loaded in any order with the
      // checks on; replica mode (superuser only) defers them to the data, which was consistent.
      try {
        await client.query('set local session_replication_role = replica');
      } catch {
        throw new BackupError('BACKUP.SCHEMA_MISMATCH', '数据表之间存在循环外键，恢复需要数据库超级用户权限。');
      }
    }
    // The rows arrive as they were archived, derived state included (kept list totals, attendance
    // counts): the tables' own triggers, which would derive it a second time, are off while loading.
    // ALTER TABLE is transactional: a failed restore leaves them as they were.
    for (const table of order) await client.query(`alter table public.${ident(table.name)} disable trigger user`);
    let rows = 0;
    for (const table of order) {
      const t = archived.get(table.name)!;
      const unknown = t.columns.filter((c) => !table.columns.some((x) => x.name === c.name));
      if (unknown.length) {
        throw new BackupError('BACKUP.SCHEMA_MISMATCH', `数据表 ${t.name} 缺少备份中的列：${unknown.map((c) => c.name).join('、')}。`);
      }
      rows += await loadTable(client, work, t);
      if (t.rows > 5000) log(`  ${t.name}：${t.rows} 行`);
    }
    for (const table of order) await client.query(`alter table public.${ident(table.name)} enable trigger user`);
    for (const s of manifest.sequences) {
      await client.query(`select setval($1, $2::bigint, $3)`, [`public.${ident(s.name)}`, s.lastValue, s.isCalled]);
    }
    for (const t of manifest.tables) {
      const r = await client.query<{ n: string }>(`select count(*)::text as n from public.${ident(t.name)}`);
      if (Number(r.rows[0]!.n) !== t.rows) {
        throw new BackupError(
          'BACKUP.VERIFY_FAILED',
          `恢复校验失败：数据表 ${t.name} 应有 ${t.rows} 行，实际 ${r.rows[0]!.n} 行。已撤销，数据库仍为空。`,
        );
      }
    }
    const chain = await verifyAuditChain(drizzle(client, { schema }));
    const expected = manifest.auditChain;
    if (chain.entries !== expected.entries || chain.isIntact !== expected.isIntact || chain.lastHash !== expected.lastHash) {
      throw new BackupError(
        'BACKUP.VERIFY_FAILED',
        `恢复校验失败：审计日志哈希链与备份时不一致（备份时 ${expected.entries} 条、${expected.isIntact ? '完整' : '不完整'}；恢复后 ${chain.entries} 条、${chain.isIntact ? '完整' : '不完整'}）。已撤销，数据库仍为空。`,
      );
    }
    await client.query('commit');
    return { rows, chain };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Multi-row INSERTs of the text values; PostgreSQL converts each to its column's type. */
async function loadTable(client: pg.PoolClient, work: string, table: ManifestTable): Promise<number> {
  const cols = table.columns.map((c) => ident(c.name)).join(', ');
  const perBatch = Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMS / Math.max(1, table.columns.length))));
  const width = table.columns.length;
  let batch: (string | null)[][] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values = batch.map((_, r) => `(${table.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
    // OVERRIDING SYSTEM VALUE: identity columns keep their archived values.
    await client.query(`insert into public.${ident(table.name)} (${cols}) overriding system value values ${values}`, batch.flat());
    count += batch.length;
    batch = [];
  };
  const lines = readline.createInterface({ input: fs.createReadStream(path.join(work, table.file), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const row = JSON.parse(line) as (string | null)[];
    if (row.length !== width)
      throw new BackupError('BACKUP.CORRUPT', `备份已损坏：数据表 ${table.name} 的一行有 ${row.length} 列，应为 ${width} 列。`);
    batch.push(row);
    if (batch.length >= perBatch) await flush();
  }
  await flush();
  return count;
}
