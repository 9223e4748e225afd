import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { create as createTar, extract as extractTar } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { people } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { withDatabase } from '../../test/global-setup.ts';
import { createTestApp, login, type TestApp } from '../../test/harness.ts';
import { verifyAuditChain } from '../audit/verify-chain.ts';
import { createSecrets, loadSecretKey } from '../crypto/secrets.ts';
import { connect, type Database } from '../db/client.ts';
import { files } from '../files/tables.ts';
import { createBackup, type BackupReport } from './create-backup.ts';
import { BackupError } from './manifest.ts';
import { planMigrations } from './migrations-prefix.ts';
import { restoreBackup } from './restore-backup.ts';

const PHONE = '13800138000';
const ID_NUMBER = '11010519491231002X';

let t: TestApp;
let tmp: string;
let srcDir: string;
let archive: string;
let backup: BackupReport;
const attachment = crypto.randomBytes(300_000);
const attachmentSha = crypto.createHash('sha256').update(attachment).digest('hex');
const attachmentPath = path.join('files', attachmentSha.slice(0, 2), attachmentSha.slice(2, 4), attachmentSha);
const opened: Database[] = [];
const databases: string[] = [];

/** A new empty database on the test server (CREATE DATABASE copies the empty template1). */
async function emptyDatabase(): Promise<Database> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `yifa_t_r${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  databases.push(name);
  const database = connect(withDatabase(adminUrl, name), 4);
  opened.push(database);
  return database;
}

/** Every row of every table of the public schema, as text, in a stable order. */
async function dumpRows(pool: pg.Pool, maxAuditSeq: number): Promise<Record<string, string[]>> {
  const tables = await pool.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`,
  );
  const out: Record<string, string[]> = {};
  await pool.query("set timezone = 'UTC'");
  for (const { name } of tables.rows) {
    const where = name === 'audit_log' ? `where seq <= ${maxAuditSeq}` : '';
    const r = await pool.query<{ row: string }>(`select t::text as row from public."${name}" t ${where} order by 1`);
    out[name] = r.rows.map((x) => x.row);
  }
  return out;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-backup-test-'));
  srcDir = path.join(tmp, 'source');
  t = await createTestApp({ dataDir: srcDir });
  // The app encrypts with the data folder's key file, as `npm start` does.
  t.ctx.secrets = createSecrets(loadSecretKey(srcDir));

  const f = await makeTownship(t.ctx.db, '备份乡');
  const admin = await makeUser(t.ctx.db, 'townshipAdmin', f.townshipId, f.townshipId);
  const client = await login(t.app, admin.username, TEST_PASSWORD);
  for (let i = 0; i < 3; i++) {
    const res = await client.post('/api/people', {
      orgId: f.departmentIds[0],
      name: `干部${i}`,
      phone: PHONE,
      idNumber: i === 0 ? ID_NUMBER : null,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  fs.mkdirSync(path.dirname(path.join(srcDir, attachmentPath)), { recursive: true });
  fs.writeFileSync(path.join(srcDir, attachmentPath), attachment);
  await t.ctx.db.insert(files).values({
    townshipId: f.townshipId,
    orgId: f.departmentIds[0],
    sha256: attachmentSha,
    size: attachment.length,
    contentType: 'application/pdf',
    originalName: '会议纪要.pdf',
  });

  archive = path.join(tmp, 'out', 'backup.tar.gz');
  backup = await createBackup({ database: t.database, dataDir: srcDir, out: archive });
});

afterAll(async () => {
  for (const d of opened) await d.close().catch(() => undefined);
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run backup / npm run restore', () => {
  it('writes an archive readable only by its owner, with a manifest of every table', async () => {
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600);
    const names = backup.manifest.tables.map((x) => x.name);
    expect(names).toEqual(
      expect.arrayContaining(['orgs', 'people', 'users', 'roles', 'user_roles', 'audit_log', 'files', 'calendar_days']),
    );
    // Foreign keys: referenced tables come first.
    expect(names.indexOf('users')).toBeLessThan(names.indexOf('user_roles'));
    expect(names.indexOf('calendar_years')).toBeLessThan(names.indexOf('calendar_days'));
    expect(backup.manifest.migrations.length).toBeGreaterThan(0);
    expect(backup.manifest.hasSecretKey).toBe(true);
    expect(backup.manifest.files).toEqual([
      { path: attachmentPath.split(path.sep).slice(1).join('/'), size: attachment.length, sha256: attachmentSha },
    ]);
    expect(backup.manifest.auditChain.isIntact).toBe(true);
    expect(fs.readdirSync(path.dirname(archive))).toEqual(['backup.tar.gz']); // no staging left behind
  });

  it('restores into an empty database and data folder losing nothing, attachments and key included', async () => {
    const target = await emptyDatabase();
    const dstDir = path.join(tmp, 'restored');
    fs.mkdirSync(path.join(dstDir, 'files'), { recursive: true }); // an empty attachments folder is still an empty target
    const report = await restoreBackup({ database: target, archive, dataDir: dstDir });
    expect(report.chain.isIntact).toBe(true);
    expect(report.rows).toBe(backup.rows);

    const lastSeq = backup.manifest.auditChain.lastSeq!;
    const before = await dumpRows(t.database.pool, lastSeq);
    const after = await dumpRows(target.pool, lastSeq);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before.people!.length).toBe(3);
    expect(before.audit_log!.length).toBeGreaterThan(3);

    // Sequences continue where they were: the next audit entry does not reuse a number.
    const seq = async (pool: pg.Pool) => (await pool.query(`select last_value::text as v from audit_log_seq_seq`)).rows[0].v;
    expect(await seq(target.pool)).toBe(await seq(t.database.pool)); // both moved on by one (backup / restore entry)
    const restoreEntry = await target.pool.query(`select action from audit_log where seq > ${lastSeq}`);
    expect(restoreEntry.rows.map((r) => r.action)).toEqual(['platform.backup.restore']);
    expect((await verifyAuditChain(target.db)).isIntact).toBe(true);

    const migrations = async (pool: pg.Pool) =>
      (await pool.query('select hash, created_at::text from drizzle.__drizzle_migrations order by id')).rows;
    expect(await migrations(target.pool)).toEqual(await migrations(t.database.pool));

    expect(fs.readFileSync(path.join(dstDir, attachmentPath)).equals(attachment)).toBe(true);
    expect(fs.readFileSync(path.join(dstDir, 'secret.key'), 'utf8')).toBe(fs.readFileSync(path.join(srcDir, 'secret.key'), 'utf8'));
    expect(fs.statSync(path.join(dstDir, 'secret.key')).mode & 0o777).toBe(0o600);
    const secrets = createSecrets(loadSecretKey(dstDir));
    const [person] = await target.db.select().from(people).where(eq(people.name, '干部0'));
    expect(secrets.decrypt(person!.phoneEnc!)).toBe(PHONE);
    expect(secrets.decrypt(person!.idNumberEnc!)).toBe(ID_NUMBER);
    expect(secrets.fingerprint(ID_NUMBER)).toBe(person!.idNumberHash);
    expect(fs.readdirSync(dstDir).sort()).toEqual(['files', 'secret.key']); // no scratch folder left behind
  });

  it('refuses a database that is not empty, and a data folder that has attachments', async () => {
    const target = await emptyDatabase();
    const dstDir = path.join(tmp, 'twice');
    await restoreBackup({ database: target, archive, dataDir: dstDir });
    const again = await restoreBackup({ database: target, archive, dataDir: path.join(tmp, 'other') }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(BackupError);
    expect((again as BackupError).code).toBe('BACKUP.TARGET_NOT_EMPTY');
    const dirty = await restoreBackup({ database: await emptyDatabase(), archive, dataDir: dstDir }).catch((e: unknown) => e);
    expect((dirty as BackupError).code).toBe('BACKUP.DATA_DIR_NOT_EMPTY');
  });

  it('refuses a tampered archive before touching the database', async () => {
    const unpacked = path.join(tmp, 'tamper');
    fs.mkdirSync(unpacked);
    await extractTar({ file: archive, cwd: unpacked });
    const peopleFile = path.join(unpacked, 'tables', 'people.jsonl');
    fs.writeFileSync(peopleFile, fs.readFileSync(peopleFile, 'utf8').replace('干部1', '干部9'));
    const bad = path.join(tmp, 'tampered.tar.gz');
    await createTar({ gzip: true, file: bad, cwd: unpacked }, fs.readdirSync(unpacked));
    const target = await emptyDatabase();
    const error = await restoreBackup({ database: target, archive: bad, dataDir: path.join(tmp, 'tampered-dir') }).catch((e: unknown) => e);
    expect((error as BackupError).code).toBe('BACKUP.CORRUPT');
    const tables = await target.pool.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
    expect(tables.rows[0].n).toBe(0);
  });

  it('refuses an archive of a newer version, and plans the missing migrations of an older one', () => {
    const all = backup.manifest.migrations;
    expect(() => planMigrations({ migrations: [...all, { hash: 'x', createdAt: Number.MAX_SAFE_INTEGER }] })).toThrow(BackupError);
    if (all.length > 1) expect(planMigrations({ migrations: all.slice(0, 1) })).toMatchObject({ count: 1, newer: all.length - 1 });
    expect(() => planMigrations({ migrations: [{ hash: all[0]!.hash, createdAt: 1 }] })).toThrow(BackupError);
  });
});
