import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { create as createTar } from 'tar';
import { writeAudit, SYSTEM_ACTOR } from '../audit/write-audit.ts';
import { verifyAuditChain } from '../audit/verify-chain.ts';
import type { Database } from '../db/client.ts';
import * as schema from '../db/schema.ts';
import { listAttachments } from './attachments.ts';
import { ident, loadOrder, readSequences, readTables, schemaExists, TEXT_FORM_SETTINGS, type TableInfo } from './catalog.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  FILES_DIR,
  MANIFEST_FILE,
  SECRET_KEY_FILE,
  TABLES_DIR,
  type Manifest,
  type ManifestTable,
} from './manifest.ts';

export interface BackupOptions {
  database: Database;
  /** The data folder: its files/ (attachments) and secret.key go into the archive. */
  dataDir: string;
  /** The archive to write (.tar.gz); it is created with mode 0600 because it holds the key. */
  out: string;
  /** YIFA_SECRET_KEY is set: the key is not in the data folder and is not archived. */
  isSecretKeyFromEnv?: boolean;
  log?: (message: string) => void;
}

export interface BackupReport {
  out: string;
  bytes: number;
  tables: number;
  rows: number;
  files: number;
  durationMs: number;
  manifest: Manifest;
}

const FETCH_ROWS = 2000;

/**
 * `npm run backup`: one consistent snapshot of the whole database without pg_dump (the embedded
 * package ships none, and an older pg_dump cannot read a newer server). Every table of the public
 * schema is read inside one REPEATABLE READ READ ONLY transaction, so all tables show the same
 * instant, while the app keeps running. Attachments are content-addressed and never rewritten, so
 * copying them after the snapshot loses nothing the snapshot refers to.
 */
export async function createBackup(options: BackupOptions): Promise<BackupReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const out = path.resolve(options.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Staged next to the archive, not in /tmp: tables can be large and /tmp is often small.
  const staging = fs.mkdtempSync(path.join(path.dirname(out), '.yifa-backup-'));
  try {
    fs.mkdirSync(path.join(staging, TABLES_DIR));
    const client = await options.database.pool.connect();
    let snapshot: Awaited<ReturnType<typeof dumpSnapshot>>;
    try {
      snapshot = await dumpSnapshot(client, staging, log);
    } finally {
      client.release();
    }

    const filesRoot = path.resolve(options.dataDir, FILES_DIR);
    const files = await listAttachments(filesRoot);
    // A link, not a copy, to the attachments (tar follows it); a junction on Windows, where a
    // directory symlink needs administrator rights.
    if (files.length) fs.symlinkSync(filesRoot, path.join(staging, FILES_DIR), process.platform === 'win32' ? 'junction' : 'dir');
    const keyFile = path.join(options.dataDir, SECRET_KEY_FILE);
    const hasSecretKey = !options.isSecretKeyFromEnv && fs.existsSync(keyFile);
    if (hasSecretKey) fs.copyFileSync(keyFile, path.join(staging, SECRET_KEY_FILE));
    else log('注意：密钥来自环境变量 YIFA_SECRET_KEY（或不存在），未写入备份；恢复时须另行提供同一密钥，否则加密的个人信息无法读取。');

    const manifest: Manifest = { ...snapshot.manifest, files, hasSecretKey, createdAt: new Date(started).toISOString() };
    fs.writeFileSync(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

    const entries = [MANIFEST_FILE, TABLES_DIR, ...(hasSecretKey ? [SECRET_KEY_FILE] : []), ...files.map((f) => `${FILES_DIR}/${f.path}`)];
    const partial = `${out}.partial`;
    // follow: pack the attachments through the staging symlink; portable: no owner names or uids.
    await pipeline(
      createTar({ gzip: true, cwd: staging, follow: true, portable: true }, entries),
      fs.createWriteStream(partial, { mode: 0o600 }),
    );
    fs.renameSync(partial, out);

    // Taking the data out is a security event (GB/T 22239-2019 §8.1.4.3); logged after the
    // snapshot, so the archive does not contain its own entry.
    try {
      await options.database.db.transaction((tx) =>
        writeAudit(
          tx,
          { ...SYSTEM_ACTOR, name: '系统备份' },
          {
            action: 'platform.backup.create',
            entityType: 'backup',
            after: { file: path.basename(out), tables: manifest.tables.length, rows: snapshot.rows, files: files.length },
            detail: `数据备份：${path.basename(out)}`,
          },
        ),
      );
    } catch (error) {
      // A read-only standby can be backed up but not written to: the archive is still good.
      log(`注意：备份已完成，但未能写入审计日志（${(error as Error).message}）。`);
    }
    const report: BackupReport = {
      out,
      bytes: fs.statSync(out).size,
      tables: manifest.tables.length,
      rows: snapshot.rows,
      files: files.length,
      durationMs: Date.now() - started,
      manifest,
    };
    return report;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function dumpSnapshot(client: pg.PoolClient, staging: string, log: (m: string) => void) {
  await client.query('begin isolation level repeatable read read only');
  try {
    for (const s of TEXT_FORM_SETTINGS) await client.query(s);
    const serverVersion = (await client.query<{ v: string }>("select 'PostgreSQL ' || current_setting('server_version') as v")).rows[0]!.v;
    const migrations = await readMigrations(client);
    const { order } = loadOrder(await readTables(client));
    const skipped: Manifest['skipped'] = [];
    if (await schemaExists(client, 'pgboss')) {
      skipped.push({ name: 'pgboss', reason: '后台任务队列的运行状态：启动时按计划重新排定，不需备份' });
    }
    for (const other of await otherSchemasWithTables(client)) {
      skipped.push({ name: other, reason: '不属于依法系统的数据库模式，未备份' });
      log(`警告：数据库模式 ${other} 不属于依法系统，未备份。`);
    }
    const tables: ManifestTable[] = [];
    let rows = 0;
    for (const table of order) {
      const t = await dumpTable(client, table, staging);
      tables.push(t);
      rows += t.rows;
    }
    const sequences = await readSequences(client);
    // The chain as it stands in this snapshot: restore must arrive at exactly this.
    const chain = await verifyAuditChain(drizzle(client, { schema }));
    if (!chain.isIntact) log(`警告：备份中的审计日志哈希链已不完整（${chain.problems.length} 处问题），请运行 npm run audit:verify 查看。`);
    await client.query('commit');
    const manifest: Omit<Manifest, 'files' | 'hasSecretKey'> = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: '',
      serverVersion,
      migrations,
      tables,
      sequences,
      skipped,
      auditChain: { entries: chain.entries, isIntact: chain.isIntact, lastSeq: chain.lastSeq, lastHash: chain.lastHash },
    };
    return { manifest, rows };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

async function otherSchemasWithTables(client: pg.PoolClient): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `select distinct n.nspname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('public', 'drizzle', 'pgboss', 'information_schema')
        and n.nspname not like 'pg\\_%' order by 1`,
  );
  return r.rows.map((x) => x.name);
}

async function readMigrations(client: pg.PoolClient): Promise<Manifest['migrations']> {
  const exists = await client.query("select to_regclass('drizzle.__drizzle_migrations') is not null as ok");
  if (!exists.rows[0]?.ok) return [];
  const r = await client.query<{ hash: string; created_at: string }>(
    'select hash, created_at::text from drizzle.__drizzle_migrations order by created_at, id',
  );
  return r.rows.map((m) => ({ hash: m.hash, createdAt: Number(m.created_at) }));
}

/** One table to tables/<name>.jsonl through a cursor: memory stays flat whatever the table's size. */
async function dumpTable(client: pg.PoolClient, table: TableInfo, staging: string): Promise<ManifestTable> {
  const file = `${TABLES_DIR}/${table.name}.jsonl`;
  const hash = crypto.createHash('sha256');
  const fh = await fs.promises.open(path.join(staging, file), 'w');
  let count = 0;
  const select = `select ${table.columns.map((c) => `${ident(c.name)}::text`).join(', ')} from public.${ident(table.name)}`;
  const write = async (rows: (string | null)[][]) => {
    if (rows.length === 0) return;
    const chunk = rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    hash.update(chunk);
    await fh.write(chunk);
    count += rows.length;
  };
  try {
    if (table.selfReferences.length > 0) {
      // A tree (orgs.parent_id …) must load parents first: such tables are small, sort them whole.
      const all = await client.query<string[]>({ text: select, rowMode: 'array' });
      await write(parentsFirst(table, all.rows as unknown as (string | null)[][]));
    } else {
      await client.query(`declare backup_cursor no scroll cursor for ${select}`);
      for (;;) {
        const batch = await client.query({ text: `fetch ${FETCH_ROWS} from backup_cursor`, rowMode: 'array' });
        await write(batch.rows as (string | null)[][]);
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query('close backup_cursor');
    }
  } finally {
    await fh.close();
  }
  return { name: table.name, file, columns: table.columns, rows: count, sha256: hash.digest('hex') };
}

/** Orders rows so that every row comes after the row its self-reference points to. */
export function parentsFirst(table: TableInfo, rows: (string | null)[][]): (string | null)[][] {
  const names = table.columns.map((c) => c.name);
  const refs = table.selfReferences
    .map((r) => ({ child: names.indexOf(r.column), parent: names.indexOf(r.references) }))
    .filter((r) => r.child >= 0 && r.parent >= 0);
  const placed = refs.map(() => new Set<string>());
  const out: (string | null)[][] = [];
  let pending = rows;
  while (pending.length > 0) {
    const next: (string | null)[][] = [];
    const ready: (string | null)[][] = [];
    for (const row of pending) {
      const isReady = refs.every((r, i) => row[r.child] == null || row[r.child] === row[r.parent] || placed[i]!.has(row[r.child]!));
      (isReady ? ready : next).push(row);
    }
    if (ready.length === 0) {
      out.push(...next); // a cycle inside the table: left to the database to refuse
      break;
    }
    for (const row of ready)
      refs.forEach((r, i) => {
        if (row[r.parent] != null) placed[i]!.add(row[r.parent]!);
      });
    out.push(...ready);
    pending = next;
  }
  return out;
}
