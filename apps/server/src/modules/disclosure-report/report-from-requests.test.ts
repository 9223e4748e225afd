import type { DisclosureReportView, EvidenceItem } from '@yifa/domain/disclosure-report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';

/**
 * The report computed from requests handled through the disclosure-request module's own API: the
 * figures land in the right cells, link back to the requests, and carry over into the next year.
 */
let t: TestApp;
let a: TownshipFixture;
let staff: Client;
let admin: Client;

const applicant = (name: string, idNumber: string) => ({
  applicantKind: 'natural',
  applicantName: name,
  idNumber,
  phone: '13912345678',
  address: '湖南省益阳市赫山区笔架山乡东村3组',
  email: null,
  description: '2025年东村土地征收补偿安置方案',
  forms: ['paper'],
  deliveryMethod: 'post',
});

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  staff = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[1], a.townshipId)).username, TEST_PASSWORD);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('annual report from the request records', () => {
  it('puts a partial disclosure, an open request and a pending reconsideration in their cells', async () => {
    const first = await staff.post('/api/disclosure-requests', {
      channel: 'inPerson',
      arrivedOn: '2025-03-03',
      applicant: applicant('张三', '11010519491231002X'),
    });
    expect(first.statusCode, first.body).toBe(201);
    let r = first.json();
    const step = async (path: string, body: Record<string, unknown>) => {
      const res = await staff.post(`/api/disclosure-requests/${r.id}/${path}`, { ...body, version: r.version });
      expect(res.statusCode, res.body).toBe(200);
      r = res.json();
    };
    await step('reply-draft', { outcome: 'partial', reasons: '部分内容涉及第三方个人信息' });
    await step('reply', { repliedOn: '2025-03-20' });
    const review = await staff.post(`/api/disclosure-requests/${r.id}/reviews`, {
      kind: 'review',
      filedOn: '2025-05-10',
      authority: '赫山区人民政府',
      result: 'pending',
    });
    expect(review.statusCode, review.body).toBe(201);
    const open = await staff.post('/api/disclosure-requests', {
      channel: 'inPerson',
      arrivedOn: '2025-12-29',
      applicant: applicant('李四', '110105198001010016'),
    });
    expect(open.statusCode, open.body).toBe(201);

    const report = (await admin.get('/api/disclosure-reports/2025')).json() as DisclosureReportView;
    expect(report.table3.newReceived).toMatchObject({ natural: 2, total: 2 });
    expect(report.table3.partial).toMatchObject({ natural: 1, total: 1 });
    expect(report.table3.resultTotal.total).toBe(1);
    expect(report.table3.carriedForward).toMatchObject({ natural: 1, total: 1 });
    expect(report.table4.review).toMatchObject({ pending: 1, total: 1 });
    expect(report.violations).toEqual([]);
    expect(report.narrative.overview).toContain('本年新收政府信息公开申请2件');

    const evidence = (
      await admin.get('/api/disclosure-reports/2025/evidence?table=table3&row=partial&column=natural')
    ).json() as EvidenceItem[];
    expect(evidence).toEqual([expect.objectContaining({ id: r.id, number: r.number, link: `/disclosure-requests/${r.id}` })]);
    const reviews = (
      await admin.get('/api/disclosure-reports/2025/evidence?table=table4&row=review&column=pending')
    ).json() as EvidenceItem[];
    expect(reviews[0]!.link).toBe(`/disclosure-requests/${r.id}`);
    expect((await admin.get('/api/disclosure-reports/2025/evidence?table=table3&row=nothing&column=natural')).statusCode).toBe(404);

    // 2025 published: its carry-forward is 2026's carry-over, and the check holds.
    await admin.put('/api/disclosure-reports/2025', { version: null, table2: report.table2, narrative: report.narrative });
    expect((await admin.post('/api/disclosure-reports/2025/publish', { version: 1 })).statusCode).toBe(200);
    const next = (await admin.get('/api/disclosure-reports/2026')).json() as DisclosureReportView;
    expect(next.table3.carriedOver).toMatchObject({ natural: 1, total: 1 });
    expect(next.previousCarriedForward).toMatchObject({ source: 'published', values: { total: 1 } });
    expect(next.violations.filter((v) => v.rule === 5)).toEqual([]);
  });
});
