import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { auditLog } from './tables.ts';
import { resealAuditChain } from './use-cases/reseal-chain.ts';
import { RESEAL_ACTION, verifyAuditChain } from './verify-chain.ts';
import { auditHash, GENESIS_HASH, writeAudit, type Actor } from './write-audit.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const run = promisify(execFile);
const actor: Actor = { userId: null, name: '测试', ip: null, townshipId: null };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Appends an entry the way an unserialised writer did: linked to a predecessor chosen by the caller. */
async function appendLinkedTo(prevHash: string, entityId: string): Promise<number> {
  const row = {
    at: new Date(),
    townshipId: null,
    actorId: null,
    actorName: '并发',
    ip: null,
    action: 'test.fork',
    entityType: 'thing',
    entityId,
    isSuccess: true,
    before: null,
    after: null,
    detail: null,
  };
  const [inserted] = await t.ctx.db
    .insert(auditLog)
    .values({ ...row, prevHash, hash: auditHash(prevHash, row) })
    .returning({ seq: auditLog.seq });
  return inserted!.seq;
}

async function headHash(): Promise<string> {
  const [last] = await t.ctx.db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return last?.hash ?? GENESIS_HASH;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const out = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'apps/server/src/cli/audit-reseal.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: t.databaseUrl } },
    );
    return { code: 0, ...out };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('re-sealing the audit chain', () => {
  it('re-seals forked links, keeps the evidence in the chain, and then reports them as re-sealed', async () => {
    await t.ctx.db.transaction((tx) => writeAudit(tx, actor, { action: 'test.before' }));
    // Two writers both read the same head: the second entry's link is broken, nothing was tampered with.
    const head = await headHash();
    const first = await appendLinkedTo(head, 'a');
    const forked = await appendLinkedTo(head, 'b');
    await t.ctx.db.transaction((tx) => writeAudit(tx, actor, { action: 'test.after' }));

    const broken = await verifyAuditChain(t.ctx.db);
    expect(broken.problems).toEqual([{ seq: forked, reason: 'broken-link' }]);

    const outcome = await resealAuditChain(t.ctx.db, { ...actor, name: '系统维护' }, '升级前并发写入造成的断链');
    expect(outcome.links.map((l) => l.seq)).toEqual([forked]);
    expect(outcome.links[0]!.linkedTo).toBe(head);
    expect(outcome.links[0]!.predecessor).not.toBe(head);
    expect(outcome.after.isIntact).toBe(true);
    expect(outcome.after.resealed).toEqual([{ seq: forked, reason: 'broken-link', resealSeq: outcome.resealSeq }]);

    // The evidence: one entry in the chain, by whom and why, with both hashes of every link.
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, RESEAL_ACTION));
    expect(entry!.actorName).toBe('系统维护');
    expect(entry!.detail).toContain(`序号 ${forked}`);
    expect(entry!.detail).toContain('升级前并发写入造成的断链');
    expect((entry!.after as { links: unknown[] }).links).toEqual([
      { seq: forked, linkedTo: head, predecessor: outcome.links[0]!.predecessor, reason: 'broken-link' },
    ]);
    expect(first).toBeLessThan(forked);

    // Nothing left to re-seal: a second run writes nothing.
    const again = await resealAuditChain(t.ctx.db, actor, '再次');
    expect(again.links).toEqual([]);
    expect(again.resealSeq).toBeNull();
  });

  it('never re-seals an edited entry, and a break after the re-seal is a problem again', async () => {
    const [target] = await t.ctx.db.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.action, 'test.before'));
    await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger user`);
      await tx.execute(sql`update audit_log set detail = '改过' where seq = ${target!.seq}`);
      await tx.execute(sql`alter table audit_log enable trigger user`);
    });
    const head = await headHash();
    await appendLinkedTo(head, 'c');
    const laterFork = await appendLinkedTo(head, 'd');

    const outcome = await resealAuditChain(t.ctx.db, actor, '核对');
    expect(outcome.links.map((l) => l.seq)).toEqual([laterFork]);
    expect(outcome.after.isIntact).toBe(false);
    expect(outcome.after.problems).toEqual([{ seq: target!.seq, reason: 'hash-mismatch' }]);
  });

  it('runs from the command line, which demands a reason (npm run audit:reseal)', async () => {
    const noReason = await cli([]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--reason');
    const head = await headHash();
    await appendLinkedTo(head, 'e');
    const fork = await appendLinkedTo(head, 'f');
    const out = await cli(['--reason', '命令行测试']);
    expect(out.stdout).toContain(`已重新封存 1 处断开的链接（序号 ${fork}）`);
    // Exit code 1: the edited entry of the previous test is still reported.
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('内容被修改');
  });
});
