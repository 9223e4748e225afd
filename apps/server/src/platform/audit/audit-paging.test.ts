import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeCursor } from '../db/keyset.ts';
import { makeTownship, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { verifyAuditChain } from './verify-chain.ts';
import { writeAudit, type Actor } from './write-audit.ts';
import { walkPages } from '../../test/walk-pages.ts';

let t: TestApp;
let townA: string;
let townB: string;
let sysAdmin: Client;
let adminA: Client;

const actor = (name: string, townshipId: string | null): Actor => ({ userId: null, name, ip: null, townshipId });

beforeAll(async () => {
  t = await createTestApp();
  townA = (await makeTownship(t.ctx.db, '甲乡')).townshipId;
  townB = (await makeTownship(t.ctx.db, '乙乡')).townshipId;
  // Ties: groups of entries written in the same millisecond (a frozen clock), so only seq keeps the order total.
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (let minute = 0; minute < 6; minute++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 20, 2, minute)));
      for (let i = 0; i < 5; i++) {
        const townshipId = i % 3 === 2 ? townB : townA;
        await writeAudit(t.ctx.db, actor(`甲${i}`, townshipId), {
          action: i % 2 ? 'org.person.update' : 'org.person.create',
          entityType: 'person',
          entityId: `p-${i % 2}`,
          detail: `第${minute}分第${i}条`,
        });
      }
    }
  } finally {
    vi.useRealTimers();
  }
  sysAdmin = await login(t.app, (await makeUser(t.ctx.db, 'systemAdmin', null, null)).username, TEST_PASSWORD);
  adminA = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', townA, townA)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

type Entry = { seq: number; at: string; townshipId: string | null; detail: string | null };
type Page = { items: Entry[]; nextCursor: string | null; total: { count: number; isCapped: boolean } | null };

async function walk(client: Client, pageSize: number, filter = '') {
  const { items, totals } = await walkPages<Entry>(client, `/api/audit?pageSize=${pageSize}${filter}`);
  return { items, seqs: items.map((e) => e.seq), totals };
}

/** Newest first: by time, then by seq within one millisecond. */
function isNewestFirst(items: Entry[]): boolean {
  return items.every((e, i) => {
    const prev = items[i - 1];
    if (!prev) return true;
    const [a, b] = [Date.parse(prev.at), Date.parse(e.at)];
    return a > b || (a === b && prev.seq > e.seq);
  });
}

describe('the audit log by cursor', () => {
  it('walks the whole log once, newest first, each entry exactly once, for the system administrator', async () => {
    const all = await walk(sysAdmin, 200);
    const byThrees = await walk(sysAdmin, 3);
    expect(new Set(all.seqs).size).toBe(all.seqs.length);
    expect(byThrees.seqs).toEqual(all.seqs);
    expect(isNewestFirst(all.items)).toBe(true);
    const [{ n }] = (await t.ctx.db.execute(sql`select count(*)::int as n from audit_log`)).rows as [{ n: number }];
    expect(all.seqs).toHaveLength(n);
    expect(byThrees.totals[0]).toEqual({ count: n, isCapped: false });
    expect(byThrees.totals.slice(1).every((x) => x === null)).toBe(true);
  });

  it("walks a township's entries, and within a record and a time range", async () => {
    const mine = await walk(adminA, 4);
    expect(mine.items.every((e) => e.townshipId === townA)).toBe(true);
    expect(mine.seqs).toEqual((await walk(adminA, 200)).seqs);
    expect(mine.items.filter((e) => e.detail?.startsWith('第'))).toHaveLength(24);

    const record = await walk(adminA, 2, '&entityType=person&entityId=p-1');
    expect(record.items.map((e) => e.detail)).toEqual([5, 4, 3, 2, 1, 0].flatMap((m) => [`第${m}分第3条`, `第${m}分第1条`]));
    const range = await walk(
      sysAdmin,
      4,
      `&from=${encodeURIComponent('2026-11-20T02:02:00Z')}&to=${encodeURIComponent('2026-11-20T02:04:00Z')}`,
    );
    expect(range.items.map((e) => e.detail)).toEqual([3, 2].flatMap((m) => [4, 3, 2, 1, 0].map((i) => `第${m}分第${i}条`)));
    expect(range.totals[0]).toEqual({ count: 10, isCapped: false });
  });

  it('keeps its place when entries are written meanwhile (none twice, none skipped)', async () => {
    const before = (await walk(adminA, 200)).seqs;
    const first = (await adminA.get('/api/audit?pageSize=5')).json() as Page;
    await writeAudit(t.ctx.db, actor('新来的', townA), { action: 'org.person.create', detail: '翻页时写入' });
    const next = (await adminA.get(`/api/audit?pageSize=5&after=${first.nextCursor}`)).json() as Page;
    expect(next.items.map((e) => e.seq)).toEqual(before.slice(5, 10));
    expect((await walk(adminA, 7)).seqs).toHaveLength(before.length + 1);
  });

  it('refuses a cursor it did not make, with 400 on `after`', async () => {
    for (const after of [
      'not-base64-json',
      encodeCursor(['2026-11-20 02:00:00+00']),
      encodeCursor(['yesterday', '12']),
      encodeCursor(['2026-11-20 02:00:00+00', '1; drop table audit_log']),
      encodeCursor(['true', '2026-11-20 02:00:00+00', '00000000-0000-0000-0000-000000000000']),
    ]) {
      const res = await adminA.get(`/api/audit?after=${after}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
      expect(res.json().invalidParams[0].name).toBe('querystring.after');
    }
  });

  it('says 10,000+ past the cap, and the chain stays whole after paging', async () => {
    expect((await verifyAuditChain(t.ctx.db)).isIntact).toBe(true);
    // Bulk rows of a third township (outside the chain's concern here: this database is this file's own).
    const townC = (await makeTownship(t.ctx.db, '丙乡')).townshipId;
    await t.ctx.db.execute(sql`
      insert into audit_log (at, township_id, actor_name, action, prev_hash, hash)
      select now() - make_interval(secs => g), ${townC}, '批量', 'auth.login', 'x', 'x' from generate_series(1, 10001) g`);
    const adminC = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', townC, townC)).username, TEST_PASSWORD);
    const page = (await adminC.get('/api/audit?pageSize=20')).json() as Page;
    expect(page.total).toEqual({ count: 10_000, isCapped: true });
    expect(page.items).toHaveLength(20);
    expect(page.nextCursor).not.toBeNull();
  });
});
