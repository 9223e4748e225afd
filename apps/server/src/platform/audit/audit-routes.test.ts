import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from './tables.ts';
import { writeAudit, type Actor } from './write-audit.ts';

let t: TestApp;
let townA: string;
let townB: string;
let sysAdmin: Client;
let adminA: Client;
let leaderA: Client;

const actor = (name: string, townshipId: string | null): Actor => ({ userId: null, name, ip: '10.0.0.1', townshipId });

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeTownship(t.ctx.db, '甲乡');
  const b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  townA = a.townshipId;
  townB = b.townshipId;
  await t.ctx.db.transaction(async (tx) => {
    await writeAudit(tx, actor('张三', townA), {
      action: 'org.person.create',
      entityType: 'person',
      entityId: 'p-1',
      after: { name: '李四', phone: '13800000000' },
      detail: '新增干部 李四',
    });
    await writeAudit(tx, actor('张三', townA), {
      action: 'org.person.update',
      entityType: 'person',
      entityId: 'p-1',
      before: { post: '科员' },
      after: { post: '所长' },
    });
    await writeAudit(tx, actor('王五', townA), { action: 'auth.login', isSuccess: false, detail: '密码错误 100%_literal' });
    await writeAudit(tx, actor('=HYPERLINK("x")', townA), { action: 'org.org.create', entityType: 'org', entityId: 'o-1' });
    await writeAudit(tx, actor('赵六', townB), {
      action: 'org.person.create',
      entityType: 'person',
      entityId: 'p-2',
      detail: '乙乡的记录',
    });
  });
  sysAdmin = await login(t.app, (await makeUser(t.ctx.db, 'systemAdmin', null, null)).username, TEST_PASSWORD);
  adminA = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', townA, townA)).username, TEST_PASSWORD);
  leaderA = await login(t.app, (await makeUser(t.ctx.db, 'leader', townA, townA)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

type Page = {
  items: {
    seq: number;
    actorName: string;
    action: string;
    townshipId: string | null;
    townshipName: string | null;
    after: unknown;
    isSuccess: boolean;
  }[];
  nextCursor: string | null;
  total: { count: number; isCapped: boolean } | null;
};
const page = async (client: Client, query: string) => {
  const res = await client.get(`/api/audit${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};

describe('GET /api/audit', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/audit' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('answers 403 to roles without platform:audit:read (office staff, county reviewer)', async () => {
    const a = await makeTownship(t.ctx.db);
    const staff = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId)).username, TEST_PASSWORD);
    const reviewer = await login(t.app, (await makeUser(t.ctx.db, 'countyReviewer', a.countyId, null)).username, TEST_PASSWORD);
    for (const c of [staff, reviewer]) {
      const res = await c.get('/api/audit');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('AUTH.FORBIDDEN');
    }
  });

  it("shows a township user only its township's entries, the system administrator all", async () => {
    const mine = await page(adminA, '?pageSize=200');
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((e) => e.townshipId === townA)).toBe(true);
    expect(mine.items.some((e) => e.actorName === '赵六')).toBe(false);
    expect(mine.items[0]!.townshipName).toBe('甲乡');
    // Asking for the other township by id finds nothing rather than leaking it.
    expect((await page(adminA, `?townshipId=${townB}`)).total?.count).toBe(0);
    const all = await page(sysAdmin, '?pageSize=200');
    expect(all.items.some((e) => e.actorName === '赵六')).toBe(true);
    expect(all.items.some((e) => e.actorName === '张三')).toBe(true);
  });

  it('lists newest first and pages by cursor (the total with the first page only)', async () => {
    const p1 = await page(sysAdmin, '?pageSize=2');
    const p2 = await page(sysAdmin, `?pageSize=2&after=${p1.nextCursor}`);
    expect(p1.items).toHaveLength(2);
    expect(p1.items[0]!.seq).toBeGreaterThan(p1.items[1]!.seq);
    expect(p1.items[1]!.seq).toBeGreaterThan(p2.items[0]!.seq);
    expect(p1.total?.count).toBeGreaterThanOrEqual(5);
    expect(p2.total).toBeNull();
  });

  it('filters by action prefix, actor, entity, result and detail text', async () => {
    const byAction = await page(adminA, '?action=org.person');
    expect(byAction.items.map((e) => e.action).sort()).toEqual(['org.person.create', 'org.person.update']);
    expect((await page(adminA, `?actor=${encodeURIComponent('王')}`)).items.map((e) => e.actorName)).toEqual(['王五']);
    expect((await page(adminA, '?entityType=person&entityId=p-1')).total?.count).toBe(2);
    const failed = await page(adminA, '?isSuccess=false');
    expect(failed.items.length).toBeGreaterThan(0);
    expect(failed.items.every((e) => !e.isSuccess)).toBe(true);
    expect((await page(adminA, `?q=${encodeURIComponent('100%_literal')}`)).total?.count).toBe(1);
    // LIKE wildcards are literal: "%" alone does not match everything.
    expect((await page(adminA, `?q=${encodeURIComponent('%')}`)).total?.count).toBe(1);
  });

  it('filters by day range in China time', async () => {
    const [row] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorName, '王五')));
    const chinaDay = new Date(row!.at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const next = new Date(row!.at.getTime() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    expect((await page(adminA, `?from=${chinaDay}&to=${chinaDay}&actor=${encodeURIComponent('王五')}`)).total?.count).toBe(1);
    expect((await page(adminA, `?from=${next}&actor=${encodeURIComponent('王五')}`)).total?.count).toBe(0);
    expect((await page(adminA, `?to=${encodeURIComponent(row!.at.toISOString())}&actor=${encodeURIComponent('王五')}`)).total?.count).toBe(
      0,
    );
  });

  it('shows personal data redacted', async () => {
    const created = (await page(adminA, '?action=org.person.create')).items[0]!;
    expect(created.after).toEqual({ name: '李四', phone: '[已隐去]' });
  });

  it('answers 400 for a bad query', async () => {
    for (const q of [
      '?isSuccess=maybe',
      '?from=2026-13-01',
      '?unknown=1',
      '?pageSize=1000',
      '?from=2026-02-01&to=2026-01-01',
      '?action=a%25',
      '?page=2',
      '?after=bm90LWEtY3Vyc29y',
    ]) {
      const res = await adminA.get(`/api/audit${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code, q).toBe('REQUEST.VALIDATION_FAILED');
    }
  });
});

describe('GET /api/audit/export', () => {
  it('answers 401 without a session and 403 without platform:audit:export', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/export' })).json().code).toBe('AUTH.UNAUTHENTICATED');
    const a = await makeTownship(t.ctx.db);
    const staff = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId)).username, TEST_PASSWORD);
    const res = await staff.get('/api/audit/export?format=csv');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
  });

  it('exports CSV with the filters and scope, neutralises formulas, and logs the export', async () => {
    const res = await leaderA.get('/api/audit/export?format=csv&action=org');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('审计日志-')}`);
    const text = res.body;
    expect(text.startsWith('\uFEFF序号,时间（北京时间）')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 3); // header + org.person.create, org.person.update, org.org.create of 甲乡
    expect(text).not.toContain('赵六');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    const logged = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'platform.audit.export'));
    expect(logged.some((e) => e.townshipId === townA && (e.after as { format: string }).format === 'csv')).toBe(true);
  });

  it('exports XLSX that a spreadsheet reader opens', async () => {
    const res = await sysAdmin.request({ method: 'GET', url: '/api/audit/export?format=xlsx&action=org.person' });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('序号');
    const actions = [];
    for (let i = 2; i <= sheet.rowCount; i++) actions.push(sheet.getRow(i).getCell(7).value);
    expect(actions.sort()).toEqual(['org.person.create', 'org.person.create', 'org.person.update']);
  });

  it('answers 400 for an unknown format', async () => {
    const res = await leaderA.get('/api/audit/export?format=pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
  });
});

describe('GET /api/audit/verify', () => {
  it('reports an intact chain to the system administrator', async () => {
    const res = await sysAdmin.get('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.problems).toEqual([]);
    expect(report.isIntact).toBe(true);
    expect(report.entries).toBeGreaterThanOrEqual(5);
    expect(report.lastHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses township users even though they may read their log', async () => {
    const res = await adminA.get('/api/audit/verify');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
  });
});
