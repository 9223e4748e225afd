import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit, type Actor } from '../platform/audit/write-audit.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { auditVerifyCommand } from './audit-verify-command.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const run = promisify(execFile);

/** Runs `npm run audit:verify`'s script on the test database, as a user would. */
async function cli(databaseUrl: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'apps/server/src/cli/audit-verify.ts')],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

let t: TestApp;
const actor: Actor = { userId: null, name: '测试', ip: '127.0.0.1', townshipId: null };
const seqs: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 6; i++) {
    await t.ctx.db.transaction((tx) =>
      writeAudit(tx, actor, { action: 'test.write', entityType: 'thing', entityId: String(i), after: { i } }),
    );
  }
  const rows = await t.ctx.db.execute<{ seq: number }>(sql`select seq from audit_log where action = 'test.write' order by seq`);
  seqs.push(...rows.rows.map((r) => Number(r.seq)));
});
afterAll(() => t.close());

describe('npm run audit:verify', () => {
  it('finds an untouched log intact (exit code 0)', async () => {
    const lines: string[] = [];
    const { exitCode, report } = await auditVerifyCommand(t.ctx.db, (l) => lines.push(l));
    expect(exitCode).toBe(0);
    expect(report.problems).toEqual([]);
    expect(report.lastSeq).toBe(seqs[5]);
    expect(lines[0]).toContain('审计日志完整');
    const out = await cli(t.databaseUrl);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('审计日志完整');
  });

  it('refuses UPDATE and DELETE through the trigger', async () => {
    await expect(t.ctx.db.execute(sql`update audit_log set detail = 'x' where seq = ${seqs[0]!}`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from audit_log where seq = ${seqs[0]!}`)).rejects.toThrow();
  });

  it('reports an edited and a deleted entry (exit code 1) after a superuser bypasses the trigger', async () => {
    const edited = seqs[1]!;
    const deleted = seqs[3]!;
    await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger user`);
      await tx.execute(sql`update audit_log set after = '{"i": 99}'::jsonb where seq = ${edited}`);
      await tx.execute(sql`delete from audit_log where seq = ${deleted}`);
      await tx.execute(sql`alter table audit_log enable trigger user`);
    });
    const lines: string[] = [];
    const { exitCode, report } = await auditVerifyCommand(t.ctx.db, (l) => lines.push(l));
    expect(exitCode).toBe(1);
    expect(report.isIntact).toBe(false);
    expect(report.problems).toEqual([
      { seq: edited, reason: 'hash-mismatch' },
      { seq: seqs[4]!, reason: 'gap' },
    ]);
    expect(lines.join('\n')).toContain(`序号 ${edited}：内容被修改`);
    expect(lines.join('\n')).toContain(`序号 ${seqs[4]}：前面的记录被删除`);
    const out = await cli(t.databaseUrl);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('审计日志已被篡改');
  });
});
