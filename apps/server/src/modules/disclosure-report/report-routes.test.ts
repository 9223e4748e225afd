import { EMPTY_TABLE2, computeTable3, emptyTable4, type DisclosureReportView } from '@yifa/domain/disclosure-report';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/db/schema.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { disclosureAnnualReports } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let leader: Client;
let staff: Client;
let adminB: Client;

const narrative = {
  overview: '本年新收政府信息公开申请0件，上年结转0件，办结0件，结转下年度继续办理0件。',
  problems: '无。',
  other: '本年度未收取信息处理费。',
};
const table2 = () => JSON.parse(JSON.stringify(EMPTY_TABLE2)) as typeof EMPTY_TABLE2;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡');
  const mk = async (role: string, orgId: string, townshipId: string) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await mk('townshipAdmin', a.townshipId, a.townshipId);
  leader = await mk('leader', a.townshipId, a.townshipId);
  staff = await mk('officeStaff', a.departmentIds[0], a.townshipId);
  adminB = await mk('townshipAdmin', b.townshipId, b.townshipId);
});
afterAll(async () => t.close());

describe('disclosure annual report: access', () => {
  it('401 without a session, 403 without the permission, 400 on a bad body with field reasons', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/disclosure-reports/2025' })).statusCode).toBe(401);
    const forbidden = await staff.get('/api/disclosure-reports/2025');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('AUTH.FORBIDDEN');
    expect((await leader.put('/api/disclosure-reports/2025', { version: null, table2: table2(), narrative })).statusCode).toBe(403);
    const bad = await admin.put('/api/disclosure-reports/2025', {
      version: null,
      table2: { ...table2(), art20_5: { adminLicense: { decisions: -1 } } },
      narrative,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect(bad.json().invalidParams[0].reason).toBe('不能为负数');
    const badYear = await admin.get('/api/disclosure-reports/2010');
    expect(badYear.statusCode).toBe(400);
  });

  it('another township is not found (404), also when named explicitly', async () => {
    const res = await adminB.get(`/api/disclosure-reports/2025?townshipId=${a.townshipId}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('RECORD.NOT_FOUND');
  });
});

describe('disclosure annual report: what each caller may do (policy.ts, workflow.ts)', () => {
  it('answers abilities and the open steps: the buttons the page draws', async () => {
    const mine = (await admin.get('/api/disclosure-reports/2021')).json() as DisclosureReportView;
    expect(mine.abilities).toEqual({ save: true, publish: true, export: true });
    // Nothing saved yet: only saving is open; publishing needs a saved draft.
    expect(mine.allowedSteps).toEqual(['save']);
    const leaders = (await leader.get('/api/disclosure-reports/2021')).json() as DisclosureReportView;
    expect(leaders.abilities).toEqual({ save: false, publish: true, export: true });
    const refused = await leader.post('/api/disclosure-reports/2021/publish', { version: 1 });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().userMessage).toBe('请先保存年度报告');
  });

  it('describes every body in the OpenAPI document (the view, the evidence list, the two files)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    };
    const ok = (path: string, method: string) => doc.paths[`/api${path}`]?.[method]?.responses['200']?.content ?? {};
    const view = ok('/disclosure-reports/{year}', 'get')['application/json']?.schema as { properties: Record<string, unknown> };
    expect(Object.keys(view.properties)).toEqual(expect.arrayContaining(['table3', 'violations', 'abilities', 'allowedSteps']));
    expect(Object.keys(ok('/disclosure-reports/{year}/evidence', 'get'))).toEqual(['application/json']);
    expect(JSON.stringify(ok('/disclosure-reports/{year}/export/docx', 'get'))).toContain('binary');
    expect(JSON.stringify(ok('/disclosure-reports/{year}/export/xlsx', 'get'))).toContain('binary');
  });
});

describe('disclosure annual report: drafting and publishing', () => {
  it('shows computed tables and a drafted narrative before anything is saved', async () => {
    const res = await admin.get('/api/disclosure-reports/2024');
    expect(res.statusCode).toBe(200);
    const view = res.json() as DisclosureReportView;
    expect(view.status).toBe('none');
    expect(view.narrativeIsDraft).toBe(true);
    expect(view.narrative.overview).toContain('本年新收政府信息公开申请0件');
    expect(view.table3.resultTotal.total).toBe(0);
    expect(view.table2Source).toBe('manual');
    expect(view.violations).toEqual([]);
  });

  it('saves table 2 and the narrative with optimistic locking, audited', async () => {
    const first = await admin.put('/api/disclosure-reports/2024', {
      version: null,
      table2: { ...table2(), art20_6: { adminPenalty: { decisions: 3 }, adminCompulsion: { decisions: 0 } } },
      narrative,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(1);
    expect(first.json().table2.art20_6.adminPenalty.decisions).toBe(3);
    const stale = await admin.put('/api/disclosure-reports/2024', { version: null, table2: table2(), narrative });
    expect(stale.json().code).toBe('REQUEST.CONFLICT');
    const second = await admin.put('/api/disclosure-reports/2024', {
      version: 1,
      table2: table2(),
      narrative: { ...narrative, other: '无。' },
    });
    expect(second.json().version).toBe(2);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.townshipId, a.townshipId));
    expect(audits.map((x) => x.action)).toEqual(
      expect.arrayContaining(['disclosure-report.report.create', 'disclosure-report.report.update']),
    );
  });

  it('refuses to publish a narrative that contradicts the tables (rule 6), then publishes and freezes it', async () => {
    const wrong = await admin.put('/api/disclosure-reports/2024', {
      version: 2,
      table2: table2(),
      narrative: { ...narrative, overview: '本年新收政府信息公开申请5件。' },
    });
    expect(wrong.json().violations.map((v: { rule: number }) => v.rule)).toEqual([6]);
    const refused = await leader.post('/api/disclosure-reports/2024/publish', { version: 3 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('DISCLOSURE_REPORT.INCONSISTENT');
    expect(refused.json().invalidParams[0].reason).toContain('表三为 0 件');
    await admin.put('/api/disclosure-reports/2024', { version: 3, table2: table2(), narrative });
    const published = await leader.post('/api/disclosure-reports/2024/publish', { version: 4 });
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('published');
    expect(published.json().publicUrl).toBe(`/gk/${a.divisionCode}/reports/2024`);
    expect(published.json().abilities).toEqual({ save: false, publish: false, export: true });
    expect(published.json().allowedSteps).toEqual([]);
    const locked = await admin.put('/api/disclosure-reports/2024', { version: 5, table2: table2(), narrative });
    expect(locked.json().code).toBe('DISCLOSURE_REPORT.PUBLISHED');
  });

  it('rule 5: a carry-over that differs from last year\u2019s published report needs an explanation to publish', async () => {
    // 2022 published with two requests carried forward; 2023 has none carried over in the records.
    const t3 = computeTable3(
      [
        { id: 'x1', number: 'Y1', applicantKind: 'natural', receivedOn: '2022-12-20', closedOn: null, outcome: null },
        { id: 'x2', number: 'Y2', applicantKind: 'commercial', receivedOn: '2022-12-21', closedOn: null, outcome: null },
      ],
      2022,
    );
    await t.ctx.db.insert(disclosureAnnualReports).values({
      townshipId: a.townshipId,
      orgId: a.townshipId,
      year: 2022,
      table2: table2(),
      narrative,
      status: 'published',
      publishedAt: new Date(),
      snapshot: {
        townshipName: '甲乡',
        year: 2022,
        table2: table2(),
        table3: t3.table,
        table4: emptyTable4(),
        evidence3: t3.evidence,
        evidence4: { review: {}, litigationDirect: {}, litigationAfterReview: {} } as never,
        narrative,
        activity: null,
        violations: [],
        publishedOn: '2023-01-20',
      },
    });
    const saved = await admin.put('/api/disclosure-reports/2023', { version: null, table2: table2(), narrative });
    const rule5 = saved.json().violations.filter((v: { rule: number }) => v.rule === 5);
    expect(rule5.map((v: { cells: { column: string }[] }) => v.cells[0]!.column)).toEqual(['natural', 'commercial', 'total']);
    expect((await leader.post('/api/disclosure-reports/2023/publish', { version: 1 })).json().code).toBe('DISCLOSURE_REPORT.INCONSISTENT');
    const short = await leader.post('/api/disclosure-reports/2023/publish', { version: 1, crossYearExplanation: '太短' });
    expect(short.statusCode).toBe(400);
    const ok = await leader.post('/api/disclosure-reports/2023/publish', {
      version: 1,
      crossYearExplanation: '上年度报告误将两件已撤回的申请计入结转，本年度据实统计。',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().crossYearExplanation).toContain('已撤回');
  });

  it('exports Word in official-document layout with the format\u2019s tables, and Excel with merged cells', async () => {
    const docx = await admin.get('/api/disclosure-reports/2024/export/docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('甲乡人民政府2024年政府信息公开工作年度报告.docx'));
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容',
      '申请人情况',
      '法人或其他组织',
      '1.属于国家秘密',
      '（七）总计',
      '四、结转下年度继续办理',
      '未经复议直接起诉',
      '六、其他需要报告的事项',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)!.length).toBeGreaterThan(5);
    const xlsx = await admin.get('/api/disclosure-reports/2024/export/xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['主动公开', '依申请公开', '复议诉讼']);
    const sheet3 = wb.getWorksheet('依申请公开')!;
    const labels: string[] = [];
    sheet3.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') labels.push(c.value);
      }),
    );
    expect(labels).toEqual(
      expect.arrayContaining(['申请人情况', '自然人', '商业企业', '总计', '三、本年度办理结果', '（三）不予公开', '8.属于行政查询事项']),
    );
  });

  it('publishes the report on the public site: the list and the report with its tables', async () => {
    const list = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/reports` });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/gk/${a.divisionCode}/reports/2024`);
    expect(list.body).not.toContain('/reports/2025');
    const page = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/reports/2024` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('三、收到和处理政府信息公开申请情况');
    expect(page.body).toContain('rowspan="22"');
    const draft = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/reports/2025` });
    expect(draft.statusCode).toBe(404);
    const other = await t.app.inject({ method: 'GET', url: `/gk/${b.divisionCode}/reports/2024` });
    expect(other.statusCode).toBe(404);
  });
});
