import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { todayInChina } from '../../platform/calendar/today.ts';
import { deadlines } from '../../platform/deadlines/tables.ts';
import { multipartFile, uniquePng } from '../../platform/files/test-fixtures.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { loadDisclosureActivityFacts } from './index.ts';
import { pdBulletinBoards, pdCatalogItems, pdGuideSettings } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let adminB: Client;
let staff: Client; // office staff of A's 司法所
let village1: Client; // village cadre of 东村
let county: Client;
const P = '/api/proactive-disclosure';
const today = todayInChina();
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await mk('townshipAdmin', a.townshipId, a.townshipId);
  adminB = await mk('townshipAdmin', b.townshipId, b.townshipId);
  staff = await mk('officeStaff', a.departmentIds[0], a.townshipId);
  village1 = await mk('villageCadre', a.villageIds[0], a.townshipId);
  county = await mk('countyReviewer', a.countyId, null);
});
afterAll(() => t.close());

async function upload(client: Client, orgId: string, name = 'proof.png'): Promise<string> {
  const { payload, headers } = multipartFile(name, uniquePng());
  const res = await client.request({ method: 'POST', url: `/api/files?orgId=${orgId}`, payload, headers });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function catalogItem(client: Client, code: string): Promise<{ id: string; version: number; timeLimitDays: number }> {
  const list = (await client.get(`${P}/catalog`)).json() as { id: string; code: string; version: number; timeLimitDays: number }[];
  return list.find((i) => i.code === code)!;
}

describe('seedTownship', () => {
  it('gives every township the 23 statutory items, a board for itself and each village, and the guide placeholders', async () => {
    const items = await t.ctx.db.select().from(pdCatalogItems).where(eq(pdCatalogItems.townshipId, a.townshipId));
    expect(items).toHaveLength(23);
    expect(items.every((i) => i.isStatutory && i.timeLimitDays === 20)).toBe(true);
    const boards = await t.ctx.db.select().from(pdBulletinBoards).where(eq(pdBulletinBoards.townshipId, a.townshipId));
    expect(boards.map((x) => x.orgId).sort()).toEqual([a.townshipId, ...a.villageIds].sort());
    expect(await t.ctx.db.select().from(pdGuideSettings).where(eq(pdGuideSettings.townshipId, a.townshipId))).toHaveLength(1);
  });
});

describe('catalogue', () => {
  it('401 without a session, 403 without the permission, 404 for another township, 400 on a bad body', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${P}/catalog` })).statusCode).toBe(401);
    const item = await catalogItem(admin, 'art20-01');
    expect((await village1.patch(`${P}/catalog/${item.id}`, { timeLimitDays: 3, version: item.version })).statusCode).toBe(403);
    const other = await adminB.patch(`${P}/catalog/${item.id}`, { timeLimitDays: 3, version: item.version });
    expect(other.statusCode).toBe(404);
    const bad = await admin.patch(`${P}/catalog/${item.id}`, { timeLimitDays: 0, version: item.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await admin.post(`${P}/catalog`, { titleZh: 'x', category: 'nonsense', legalBasis: 'y', timeLimitDays: 5 })).json().code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    expect((await county.patch(`${P}/catalog/${item.id}`, { timeLimitDays: 3, version: item.version })).statusCode).toBe(403);
  });

  it('sets a per-item limit and the responsible office, audited; keeps a statutory title', async () => {
    const item = await catalogItem(admin, 'art20-01');
    const res = await admin.patch(`${P}/catalog/${item.id}`, {
      timeLimitDays: 3,
      responsibleOrgId: a.departmentIds[1],
      version: item.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      timeLimitDays: 3,
      responsibleOrgName: '党政综合办公室',
      legalBasis: '《政府信息公开条例》第二十条第（一）项',
    });
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, item.id), eq(auditLog.action, 'proactive-disclosure.catalog.update')));
    expect(audit).toHaveLength(1);
    const again = await admin.patch(`${P}/catalog/${item.id}`, { titleZh: '改名', version: item.version + 1 });
    expect(again.statusCode).toBe(400);
    expect((await admin.patch(`${P}/catalog/${item.id}`, { timeLimitDays: 4, version: item.version })).statusCode).toBe(409);
  });

  it('adds and soft-deletes a custom item', async () => {
    const created = await admin.post(`${P}/catalog`, {
      titleZh: '人居环境整治',
      category: 'execution',
      legalBasis: '《政府信息公开条例》第二十二条',
      timeLimitDays: 10,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await admin.delete(`${P}/catalog/${created.json().id}`)).statusCode).toBe(200);
    expect(((await admin.get(`${P}/catalog`)).json() as { id: string }[]).some((i) => i.id === created.json().id)).toBe(false);
  });
});

describe('publications', () => {
  let lateId: string;
  let privateFile: string;
  let publicFile: string;

  it('flags a publication later than its limit (逾期公开) with the working days late, and keeps its proof', async () => {
    const item = await catalogItem(staff, 'art20-13');
    publicFile = await upload(staff, a.departmentIds[0], '检查通报.png');
    privateFile = await upload(staff, a.departmentIds[0], '张贴照片.png');
    // Formed 2026-02-10, 20 WD → due 2026-03-16 (Spring Festival skipped); published 2026-03-20 → 4 WD late.
    const res = await staff.post(`${P}/publications`, {
      catalogItemId: item.id,
      title: '安全生产检查情况通报',
      summary: '一季度安全生产大检查',
      docNumber: '甲政发〔2026〕7号',
      indexNumber: 'IDX-1',
      formedOn: '2026-02-10',
      publishedOn: '2026-03-20',
      channels: ['portal', 'bulletinBoard'],
      attachmentIds: [publicFile, privateFile],
      publicFileIds: [publicFile],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'published',
      dueDate: '2026-03-16',
      isLate: true,
      workingDaysLate: 4,
      orgId: a.departmentIds[0],
    });
    lateId = res.json().id;
    const detail = await staff.get(`${P}/publications/${lateId}`);
    expect(
      detail
        .json()
        .files.map((f: { id: string }) => f.id)
        .sort(),
    ).toEqual([publicFile, privateFile].sort());
    expect(detail.json().dueExplanationZh).toContain('2026');
    const list = await admin.get(`${P}/publications?isLate=true&q=${encodeURIComponent('安全生产')}`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([lateId]);
  });

  it('an on-time publication is not late', async () => {
    const item = await catalogItem(staff, 'art20-13');
    const res = await staff.post(`${P}/publications`, {
      catalogItemId: item.id,
      title: '食品安全检查',
      formedOn: '2026-02-10',
      publishedOn: '2026-03-16',
      channels: ['portal'],
    });
    expect(res.json()).toMatchObject({ isLate: false, workingDaysLate: 0 });
  });

  it('registers 待公开 as an open platform deadline, closed when published', async () => {
    const item = await catalogItem(staff, 'art21-08');
    const res = await staff.post(`${P}/publications`, { catalogItemId: item.id, title: '临时救助发放情况', formedOn: today });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'pending', isLate: null });
    const id = res.json().id as string;
    const [open] = await t.ctx.db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.entityId, id), eq(deadlines.kind, 'publish')));
    expect(open).toMatchObject({ status: 'open', dueDate: res.json().dueDate, module: 'proactive-disclosure' });
    const published = await staff.patch(`${P}/publications/${id}`, { publishedOn: today, channels: ['wechat'], version: 1 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', isLate: false });
    const [closed] = await t.ctx.db.select().from(deadlines).where(eq(deadlines.id, open!.id));
    expect(closed!.status).toBe('met');
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'proactive-disclosure.publication.publish')));
    expect(audit).toHaveLength(1);
  });

  it('refuses bad input with stable codes', async () => {
    const item = await catalogItem(staff, 'art21-08');
    const base = { catalogItemId: item.id, title: '测试', formedOn: '2026-03-10' };
    expect((await staff.post(`${P}/publications`, { ...base, publishedOn: '2026-03-01', channels: ['portal'] })).json().code).toBe(
      'PROACTIVE_DISCLOSURE.PUBLISHED_BEFORE_FORMED',
    );
    expect((await staff.post(`${P}/publications`, { ...base, publishedOn: '2026-03-11' })).json().code).toBe(
      'PROACTIVE_DISCLOSURE.CHANNEL_REQUIRED',
    );
    const badChannel = await staff.post(`${P}/publications`, { ...base, publishedOn: '2026-03-11', channels: ['carrierPigeon'] });
    expect(badChannel.statusCode).toBe(400);
    expect(badChannel.json().invalidParams[0].name).toBe('body.channels.0');
    expect((await staff.post(`${P}/publications`, { ...base, extra: 1 })).json().code).toBe('REQUEST.VALIDATION_FAILED');
    const f = await upload(staff, a.departmentIds[0]);
    expect((await staff.post(`${P}/publications`, { ...base, publicFileIds: [f] })).json().code).toBe(
      'PROACTIVE_DISCLOSURE.PUBLIC_FILE_NOT_ATTACHED',
    );
    expect((await village1.post(`${P}/publications`, base)).statusCode).toBe(403);
  });

  it('another township answers 404; a reviewer cannot write', async () => {
    expect((await adminB.get(`${P}/publications/${lateId}`)).statusCode).toBe(404);
    expect((await adminB.patch(`${P}/publications/${lateId}`, { title: 'x', version: 1 })).statusCode).toBe(404);
    expect((await adminB.delete(`${P}/publications/${lateId}`)).statusCode).toBe(404);
    expect((await county.get(`${P}/publications/${lateId}`)).statusCode).toBe(200);
  });

  it('public page: lists only published items, searches, filters, serves only public files', async () => {
    const base = `/gk/${a.divisionCode}/info`;
    const page = await t.app.inject({ method: 'GET', url: base });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('安全生产检查情况通报');
    expect(page.body).not.toContain('测试');
    const search = await t.app.inject({ method: 'GET', url: `${base}?q=${encodeURIComponent('食品')}&category=&item=&year=` });
    expect(search.body).toContain('食品安全检查');
    expect(search.body).not.toContain('安全生产检查情况通报');
    const byYear = await t.app.inject({ method: 'GET', url: `${base}?year=2019` });
    expect(byYear.body).not.toContain('食品安全检查');
    const item = await catalogItem(admin, 'art20-13');
    const other = await catalogItem(admin, 'art20-01');
    expect((await t.app.inject({ method: 'GET', url: `${base}?item=${item.id}` })).body).toContain('食品安全检查');
    expect((await t.app.inject({ method: 'GET', url: `${base}?item=${other.id}` })).body).not.toContain('食品安全检查');
    expect((await t.app.inject({ method: 'GET', url: `${base}?category=result` })).body).toContain('食品安全检查');
    expect((await t.app.inject({ method: 'GET', url: `${base}?category=decision` })).body).not.toContain('食品安全检查');
    const bad = await t.app.inject({ method: 'GET', url: `${base}?category=x` });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('text/html');
    // The public file downloads; the other attachment, a pending record's page and another township's path do not.
    const ok = await t.app.inject({ method: 'GET', url: `${base}/${lateId}/files/${publicFile}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('image/png');
    expect(page.body).toContain(`${base}/${lateId}/files/${publicFile}`);
    expect(page.body).not.toContain(privateFile);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${lateId}/files/${privateFile}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/gk/${b.divisionCode}/info/${lateId}/files/${publicFile}` })).statusCode).toBe(404);
    const detail = await t.app.inject({ method: 'GET', url: `${base}/${lateId}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('甲政发〔2026〕7号');
    // Unpublishing takes it off the site at once.
    const current = (await staff.get(`${P}/publications/${lateId}`)).json();
    await staff.patch(`${P}/publications/${lateId}`, { publishedOn: null, version: current.version });
    expect((await t.app.inject({ method: 'GET', url: `${base}/${lateId}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${lateId}/files/${publicFile}` })).statusCode).toBe(404);
    const again = (await staff.get(`${P}/publications/${lateId}`)).json();
    await staff.patch(`${P}/publications/${lateId}`, { publishedOn: '2026-03-20', channels: ['portal'], version: again.version });
  });

  it('public page: pages by 20, and a deleted record leaves the site', async () => {
    const item = await catalogItem(admin, 'art20-02');
    const ids: string[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await admin.post(`${P}/publications`, {
        catalogItemId: item.id,
        title: `机构信息第${i}条`,
        formedOn: '2026-01-05',
        publishedOn: '2026-01-06',
        channels: ['portal'],
      });
      ids.push(res.json().id as string);
    }
    const base = `/gk/${a.divisionCode}/info?q=${encodeURIComponent('机构信息')}`;
    const first = await t.app.inject({ method: 'GET', url: base });
    expect(first.body).toContain('共找到 21 条信息');
    expect(first.body.match(/机构信息第\d+条/g)?.length).toBe(20);
    expect(first.body).toContain('rel="next"');
    // The next page is the link's cursor (keyset paging), not a page number.
    const next = /href="([^"]+)" rel="next"/.exec(first.body)![1]!.replaceAll('&amp;', '&');
    expect(next).toContain('after=');
    const second = await t.app.inject({ method: 'GET', url: next });
    expect(second.body.match(/机构信息第\d+条/g)?.length).toBe(1);
    expect((await admin.delete(`${P}/publications/${ids[0]}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: base })).body).toContain('共找到 20 条信息');
    expect((await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/info/${ids[0]}` })).statusCode).toBe(404);
  });

  it('facts for the annual report count published, late, by category and channel', async () => {
    const facts = await loadDisclosureActivityFacts(t.ctx.db, a.townshipId, 2026);
    expect(facts.publications).toBeGreaterThanOrEqual(2);
    expect(facts.latePublications).toBe(1);
    expect(facts.byCategory.result).toBe(2);
    expect(facts.byChannel.portal).toBeGreaterThanOrEqual(2);
    expect(await loadDisclosureActivityFacts(t.ctx.db, b.townshipId, 2026)).toMatchObject({
      publications: 0,
      latePublications: 0,
      byCategory: {},
    });
  });
});

describe('notice boards and village disclosures', () => {
  it('a village cadre sees and writes only their own village board', async () => {
    const mine = (await village1.get(`${P}/boards`)).json() as { boards: { id: string; orgId: string }[] };
    expect(mine.boards.map((x) => x.orgId)).toEqual([a.villageIds[0]]);
    const all = (await admin.get(`${P}/boards`)).json() as { boards: { id: string; orgId: string }[] };
    expect(all.boards).toHaveLength(3);
    const other = all.boards.find((x) => x.orgId === a.villageIds[1])!;
    expect((await village1.post(`${P}/boards/${other.id}/updates`, { updatedOn: today, contentSummary: '越权' })).statusCode).toBe(404);
    expect((await village1.get(`${P}/boards/${other.id}/updates`)).statusCode).toBe(404);
    const photo = await upload(village1, a.villageIds[0]);
    const res = await village1.post(`${P}/boards/${mine.boards[0]!.id}/updates`, {
      updatedOn: today,
      contentSummary: '本月财务公开',
      attachmentIds: [photo],
    });
    expect(res.statusCode, res.body).toBe(201);
    const updates = (await village1.get(`${P}/boards/${mine.boards[0]!.id}/updates`)).json();
    expect(updates.items[0]).toMatchObject({ contentSummary: '本月财务公开', periodKey: today.slice(0, 7) });
    expect(updates.items[0].files[0].id).toBe(photo);
    expect((await adminB.get(`${P}/boards/${mine.boards[0]!.id}/updates`)).statusCode).toBe(404);
    expect(
      (await village1.post(`${P}/boards/${mine.boards[0]!.id}/updates`, { updatedOn: '2026-13-01', contentSummary: 'x' })).json().code,
    ).toBe('REQUEST.VALIDATION_FAILED');
    expect((await t.app.inject({ method: 'GET', url: `${P}/boards` })).statusCode).toBe(401);
  });

  it('a second board for the same village is refused; a missing one can be added', async () => {
    expect((await admin.post(`${P}/boards`, { orgId: a.villageIds[0] })).json().code).toBe('PROACTIVE_DISCLOSURE.BOARD_EXISTS');
    expect((await admin.post(`${P}/boards`, { orgId: a.departmentIds[0] })).json().code).toBe('PROACTIVE_DISCLOSURE.BOARD_ORG_INVALID');
  });

  it('a village added later shows without a board until one is added; rhythm and updates can be changed', async () => {
    const created = await admin.post('/api/orgs', { parentId: a.townshipId, kind: 'village', name: '南村' });
    expect(created.statusCode, created.body).toBe(201);
    const newVillage = created.json().id as string;
    const before = (await admin.get(`${P}/boards`)).json() as { orgsWithoutBoard: { id: string }[] };
    expect(before.orgsWithoutBoard.map((o) => o.id)).toEqual([newVillage]);
    expect((await village1.post(`${P}/boards`, { orgId: newVillage })).statusCode).toBe(404);
    const board = await admin.post(`${P}/boards`, { orgId: newVillage });
    expect(board.statusCode, board.body).toBe(201);
    expect(((await admin.get(`${P}/boards`)).json() as { orgsWithoutBoard: unknown[] }).orgsWithoutBoard).toEqual([]);
    const quarterly = await admin.patch(`${P}/boards/${board.json().id}`, { rhythm: 'quarterly', version: 1 });
    expect(quarterly.statusCode, quarterly.body).toBe(200);
    expect((await admin.patch(`${P}/boards/${board.json().id}`, { rhythm: 'weekly', version: 2 })).json().code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    expect((await adminB.patch(`${P}/boards/${board.json().id}`, { rhythm: 'monthly', version: 2 })).statusCode).toBe(404);
    const update = await admin.post(`${P}/boards/${board.json().id}/updates`, { updatedOn: today, contentSummary: '首次公开' });
    const listed = (await admin.get(`${P}/boards`)).json() as {
      boards: { id: string; rhythm: string; isCurrentPeriodUpdated: boolean; currentPeriodKey: string }[];
    };
    expect(listed.boards.find((x) => x.id === board.json().id)).toMatchObject({
      rhythm: 'quarterly',
      isCurrentPeriodUpdated: true,
      currentPeriodKey: `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`,
    });
    expect((await village1.delete(`${P}/board-updates/${update.json().id}`)).statusCode).toBe(404);
    expect((await admin.delete(`${P}/board-updates/${update.json().id}`)).statusCode).toBe(200);
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, update.json().id), eq(auditLog.action, 'proactive-disclosure.board-update.delete')));
    expect(audit).toHaveLength(1);
  });

  it('records village and party affairs per village and period', async () => {
    const body = {
      orgId: a.villageIds[0],
      kind: 'villageAffairs',
      periodKey: `${year}-Q1`,
      disclosedOn: `${year}-04-03`,
      contentSummary: '一季度财务收支',
    };
    const res = await village1.post(`${P}/village-disclosures`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect((await village1.post(`${P}/village-disclosures`, body)).json().code).toBe('PROACTIVE_DISCLOSURE.DISCLOSURE_EXISTS');
    expect((await village1.post(`${P}/village-disclosures`, { ...body, kind: 'partyAffairs' })).statusCode).toBe(201);
    expect((await village1.post(`${P}/village-disclosures`, { ...body, orgId: a.villageIds[1] })).statusCode).toBe(404);
    expect((await admin.post(`${P}/village-disclosures`, { ...body, orgId: a.departmentIds[0] })).json().code).toBe(
      'PROACTIVE_DISCLOSURE.NOT_A_VILLAGE',
    );
    expect((await village1.post(`${P}/village-disclosures`, { ...body, periodKey: '2026-Q5' })).json().code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    const list = (await village1.get(`${P}/village-disclosures?year=${year}`)).json();
    expect(list.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['partyAffairs', 'villageAffairs']);
    expect(list.items[0].periodLabelZh).toBe(`${year}年第1季度`);
    // The list's village name and photos (read in the list's one statement) are those the file and
    // org lookups give: each photo exactly as GET /api/files/:id presents it, oldest first.
    const photos = [await upload(village1, a.villageIds[0]!, 'a.png'), await upload(village1, a.villageIds[0]!, 'b.png')];
    const withPhotos = await village1.post(`${P}/village-disclosures`, { ...body, periodKey: `${year}-Q2`, attachmentIds: photos });
    expect(withPhotos.statusCode, withPhotos.body).toBe(201);
    const infos = await Promise.all(photos.map(async (id) => (await village1.get(`/api/files/${id}`)).json()));
    for (const client of [village1, county]) {
      const items = (await client.get(`${P}/village-disclosures?year=${year}&orgId=${a.villageIds[0]}`)).json().items as {
        id: string;
        orgName: string;
        files: unknown[];
      }[];
      const shown = items.find((i) => i.id === withPhotos.json().id)!;
      expect(shown.files).toEqual(infos);
      expect(shown.orgName).toBe('东村'); // makeTownship's first village
      expect(items.filter((i) => i.id !== shown.id).map((i) => i.files)).toEqual([[], []]);
    }
  });

  it('compliance: boards per period, publications within limits, village affairs per period', async () => {
    // The second village's board counts from 1 January: every ended month without an update is missing.
    await t.ctx.db
      .update(pdBulletinBoards)
      .set({ sinceOn: `${year}-01-01` })
      .where(eq(pdBulletinBoards.orgId, a.villageIds[1]));
    const report = (await admin.get(`/api/compliance?year=${year}`)).json() as {
      rules: {
        code: string;
        evaluations: {
          results: { orgId: string; status: string; actual: number | null; detailZh: string; evidence: { link: string }[] }[];
        }[];
      }[];
    };
    const result = (code: string, orgId: string) =>
      report.rules
        .find((r) => r.code === code)
        ?.evaluations.flatMap((e) => e.results)
        .find((r) => r.orgId === orgId);
    const board = result('proactive-disclosure.board-updated-every-period', a.villageIds[1]);
    expect(board?.status).toBe('notMet');
    expect(board?.detailZh).toContain(`${year}年1月`);
    expect(board?.evidence[0]?.link).toMatch(/^\/proactive-disclosure\/boards\//);
    expect(result('proactive-disclosure.board-updated-every-period', a.villageIds[0])?.status).toBe('notApplicable');
    const late = result('proactive-disclosure.publications-within-limit', a.departmentIds[0]);
    expect(late).toMatchObject({ status: 'notMet', actual: 1 });
    expect(late?.evidence.map((e) => e.link)).toHaveLength(1);
    expect(result('proactive-disclosure.village-affairs-every-period', a.villageIds[0])?.detailZh).not.toContain('第1季度');
    expect(result('proactive-disclosure.village-affairs-every-period', a.villageIds[1])?.status).toBe('notMet');
  });
});

describe('guide', () => {
  it('staff edit the settings (versioned, audited), the public guide shows them with the application link', async () => {
    const current = (await admin.get(`${P}/guide-settings`)).json();
    const body = {
      officeName: '甲乡党政综合办公室',
      address: '甲乡人民政府一楼',
      officeHours: '工作日 8:30—17:30',
      phone: '0737-1234567',
      fax: null,
      email: 'gk@example.cn',
      version: current.version,
    };
    expect((await village1.patch(`${P}/guide-settings`, body)).statusCode).toBe(404);
    expect((await staff.request({ method: 'PUT', url: `${P}/guide-settings`, payload: body })).statusCode).toBe(403);
    expect((await admin.request({ method: 'PUT', url: `${P}/guide-settings`, payload: { ...body, phone: '' } })).json().code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    const saved = await admin.request({ method: 'PUT', url: `${P}/guide-settings`, payload: body });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await admin.request({ method: 'PUT', url: `${P}/guide-settings`, payload: body })).statusCode).toBe(409);
    const page = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/guide` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('0737-1234567');
    expect(page.body).toContain(`/gk/${a.divisionCode}/requests/apply`);
    expect(page.body).toContain('第四十二条');
    expect(page.body).toContain('第五十一条');
    expect(page.body).toContain('结果公开');
    const en = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/guide`, cookies: { yifa_public_lang: 'en' } });
    expect(en.body).toContain('Complaints and remedies');
  });

  it('a county reviewer reads the settings of the township they name; without one they are told to name it; never write', async () => {
    const named = await county.get(`${P}/guide-settings?townshipId=${a.townshipId}`);
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().version).toBeGreaterThanOrEqual(1);
    const unnamed = await county.get(`${P}/guide-settings`);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().code).toBe('REQUEST.VALIDATION_FAILED');
    // A township user cannot read another township's settings by naming it.
    expect((await adminB.get(`${P}/guide-settings?townshipId=${a.townshipId}`)).statusCode).toBe(404);
    expect((await county.get(`${P}/guide-settings?townshipId=${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('abilities and allowed steps', () => {
  it('tell each caller what they may change, and the web offers 公开 only while 待公开', async () => {
    const catalog = (await admin.get(`${P}/catalog`)).json() as { isStatutory: boolean; abilities: { update: boolean; delete: boolean } }[];
    const statutory = catalog.find((c) => c.isStatutory)!;
    // A statutory item is kept (条例第二十条、第二十一条): editable, never deletable.
    expect(statutory.abilities).toEqual({ update: true, delete: false });
    const read = (await staff.get(`${P}/catalog`)).json() as { abilities: { update: boolean } }[];
    expect(read.every((c) => !c.abilities.update)).toBe(true);
    const countyView = (await county.get(`${P}/catalog`)).json() as { abilities: { update: boolean } }[];
    expect(countyView.every((c) => !c.abilities.update)).toBe(true);

    const pubs = (await admin.get(`${P}/publications?pageSize=200`)).json() as {
      items: { id: string; status: string; abilities: { update: boolean }; allowedSteps: string[] }[];
    };
    for (const p of pubs.items) {
      expect(p.abilities.update).toBe(true);
      expect(p.allowedSteps).toEqual(p.status === 'pending' ? ['publish'] : []);
    }
    const one = (await county.get(`${P}/publications/${pubs.items[0]!.id}`)).json() as {
      abilities: { update: boolean };
      allowedSteps: string[];
    };
    expect(one.abilities).toEqual({ update: false, delete: false });
    expect(one.allowedSteps).toEqual([]);

    const boards = (await village1.get(`${P}/boards`)).json() as { boards: { abilities: { recordUpdate: boolean } }[] };
    expect(boards.boards.every((b) => b.abilities.recordUpdate)).toBe(true);
    const countyBoards = (await county.get(`${P}/boards`)).json() as { boards: { abilities: { recordUpdate: boolean } }[] };
    expect(countyBoards.boards.length).toBeGreaterThan(0);
    expect(countyBoards.boards.every((b) => !b.abilities.recordUpdate)).toBe(true);

    expect((await admin.get(`${P}/guide-settings`)).json().abilities).toEqual({ update: true });
    expect((await county.get(`${P}/guide-settings?townshipId=${a.townshipId}`)).json().abilities).toEqual({ update: false });
  });
});
