import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateZh } from '@yifa/domain/calendar';
import { auditLog } from '../../platform/audit/tables.ts';
import { todayInChina } from '../../platform/calendar/today.ts';
import { deadlines } from '../../platform/deadlines/tables.ts';
import { findComplianceRule } from '../../platform/compliance/index.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { loadDisclosureReportFacts } from './index.ts';
import { disclosureRequestEvents, disclosureRequests } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let staff: Client; // office staff of A's 党政综合办公室
let leader: Client; // leader of A: approve-extension, view-personal
let adviser: Client; // legal adviser of A: read only
let adminB: Client;
let villageCadre: Client; // no disclosure-request permission

const ID = '11010519491231002X';
const applicant = (extra: Record<string, unknown> = {}) => ({
  applicantKind: 'natural',
  applicantName: '张三',
  idNumber: ID,
  phone: '13912345678',
  address: '湖南省益阳市赫山区笔架山乡东村3组',
  email: null,
  description: '2025年东村土地征收补偿安置方案',
  forms: ['paper'],
  deliveryMethod: 'post',
  ...extra,
});
const register = (client: Client, extra: Record<string, unknown> = {}, app: Record<string, unknown> = {}) =>
  client.post('/api/disclosure-requests', { channel: 'inPerson', arrivedOn: '2026-03-02', applicant: applicant(app), ...extra });

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string, townshipId: string) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  staff = await mk('officeStaff', a.departmentIds[1], a.townshipId);
  leader = await mk('leader', a.townshipId, a.townshipId);
  adviser = await mk('legalAdviser', a.townshipId, a.townshipId);
  adminB = await mk('townshipAdmin', b.townshipId, b.townshipId);
  villageCadre = await mk('villageCadre', a.villageIds[0], a.townshipId);
});
afterAll(() => t.close());

describe('access matrix', () => {
  it('401 without a session, 403 without the permission, 404 for another township, 400 for a bad body', async () => {
    const res = await register(staff);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    expect((await t.app.inject({ method: 'GET', url: '/api/disclosure-requests' })).statusCode).toBe(401);
    expect((await villageCadre.get('/api/disclosure-requests')).statusCode).toBe(403);
    expect((await adviser.post(`/api/disclosure-requests/${id}/review-complete`, { on: '2026-03-03', version: 1 })).statusCode).toBe(403);
    expect(
      (
        await staff.post(`/api/disclosure-requests/${id}/extension-approval`, {
          approvedOn: '2026-03-10',
          applicantNotifiedOn: '2026-03-10',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    const other = await adminB.get(`/api/disclosure-requests/${id}`);
    expect(other.statusCode).toBe(404);
    expect((await adminB.post(`/api/disclosure-requests/${id}/review-complete`, { on: '2026-03-03', version: 1 })).statusCode).toBe(404);
    expect((await adminB.get('/api/disclosure-requests')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    const bad = await staff.post('/api/disclosure-requests', { channel: 'pigeon', arrivedOn: '2026-03-02', applicant: applicant() });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('REQUEST.VALIDATION_FAILED');
    const extra = await staff.post(`/api/disclosure-requests/${id}/review-complete`, { on: '2026-03-03', version: 1, foo: 1 });
    expect(extra.statusCode).toBe(400);
  });

  it('checks the ID number (GB 11643), the credit code (GB 32100) and asks for a contact (条例第二十九条)', async () => {
    const badId = await register(staff, {}, { idNumber: '110105194912310021' });
    expect(badId.statusCode).toBe(400);
    expect(JSON.stringify(badId.json().invalidParams)).toContain('身份证号码不正确');
    const org = await register(
      staff,
      {},
      { applicantKind: 'commercial', applicantName: '某公司', idNumber: null, creditCode: '91350100M000100Y44' },
    );
    expect(JSON.stringify(org.json().invalidParams)).toContain('统一社会信用代码不正确');
    const okOrg = await register(
      staff,
      {},
      { applicantKind: 'commercial', applicantName: '某公司', idNumber: null, creditCode: '91350100M000100Y43' },
    );
    expect(okOrg.statusCode, okOrg.body).toBe(201);
    const noContact = await register(staff, {}, { phone: null, address: null, email: null, deliveryMethod: 'pickUp' });
    expect(JSON.stringify(noContact.json().invalidParams)).toContain('至少填写一种联系方式');
  });
});

describe('receipt date per channel (条例第三十一条)', () => {
  it('ordinary mail without confirmation awaits it; confirming starts the clock on that day', async () => {
    const res = await register(staff, { channel: 'ordinaryMail', arrivedOn: '2026-03-02' });
    const r = res.json();
    expect(r.status).toBe('awaitingConfirmation');
    expect(r.receivedOn).toBeNull();
    expect(r.clock.reply).toBeNull();
    const confirmed = await staff.post(`/api/disclosure-requests/${r.id}/confirm-receipt`, {
      confirmedOn: '2026-03-04',
      version: r.version,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      status: 'inProgress',
      receivedOn: '2026-03-04',
      arrivedOn: '2026-03-02',
      confirmedOn: '2026-03-04',
    });
    expect(confirmed.json().receiptRuleZh).toContain('第三十一条');
    // 20 WD from Wed 03-04 → Wed 04-01.
    expect(confirmed.json().replyDueOn).toBe('2026-04-01');
  });
});

describe('the full workflow', () => {
  it('clarification (reset), third-party consultation (pause), extension (leader), partial disclosure, letter, delivery; deadlines stored', async () => {
    let r = (await register(staff, { arrivedOn: '2026-02-10' })).json();
    expect(r.replyDueOn).toBe('2026-03-16'); // Spring Festival 2026
    expect(r.clock.clarificationNotice.dueDate).toBe('2026-02-26');
    const go = async (client: Client, path: string, body: Record<string, unknown>, status = 200) => {
      const res = await client.post(`/api/disclosure-requests/${r.id}/${path}`, { ...body, version: r.version });
      expect(res.statusCode, `${path}: ${res.body}`).toBe(status);
      if (status === 200) r = res.json();
      return res;
    };
    await go(staff, 'clarification', { noticeOn: '2026-02-12', correctBy: '2026-03-06', itemsToCorrect: '请写明所需方案的村组和年度' });
    expect(r.status).toBe('awaitingCorrection');
    expect(r.replyDueOn).toBeNull();
    expect((await go(staff, 'issue-nothing', {}, 404)).statusCode).toBe(404);
    await go(staff, 'correction', { receivedOn: '2026-03-02', description: '2025年东村三组土地征收补偿安置方案' });
    expect(r.replyDueOn).toBe('2026-03-30');
    await go(staff, 'consultations', { party: 'thirdParty', partyName: '东村三组村民小组', startedOn: '2026-03-09' });
    expect(r.status).toBe('consulting');
    const consultationId = r.events.find((e: { kind: string }) => e.kind === 'consultationStarted').id;
    const answered = await staff.post(`/api/disclosure-requests/${r.id}/consultations/${consultationId}/answer`, {
      answeredOn: '2026-03-13',
      isObjection: true,
      version: r.version,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    r = answered.json();
    expect(r.replyDueOn).toBe('2026-04-07');
    expect(r.clock.reply.explanationZh).toContain('中止计算');
    await go(staff, 'extension-request', { days: 20, reason: '需调取档案' });
    expect(r.replyDueOn).toBe('2026-04-07'); // not before the leader approves
    await go(leader, 'extension-approval', { approvedOn: '2026-03-20', applicantNotifiedOn: '2026-03-20' });
    expect(r.replyDueOn).toBe('2026-05-08');
    expect(r.extension).toMatchObject({ days: 20, isApproved: true, notifiedOn: '2026-03-20' });
    const again = await staff.post(`/api/disclosure-requests/${r.id}/extension-request`, { days: 5, reason: '再延', version: r.version });
    expect(again.json().code).toBe('DISCLOSURE_REQUEST.ALREADY_EXTENDED');
    const [dl] = await t.ctx.db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.entityId, r.id), eq(deadlines.kind, 'reply')));
    expect(dl).toMatchObject({ dueDate: '2026-05-08', status: 'open', module: 'disclosure-request' });

    const incomplete = await staff.post(`/api/disclosure-requests/${r.id}/reply-draft`, { outcome: 'partial', version: r.version });
    expect(incomplete.statusCode).toBe(200);
    r = incomplete.json();
    expect((await go(staff, 'reply', { repliedOn: '2026-04-20' }, 400)).json().code).toBe('DISCLOSURE_REQUEST.REPLY_INCOMPLETE');
    await go(staff, 'reply-draft', { outcome: 'partial', reasons: '部分内容涉及第三方个人信息' });
    expect(r.reply.letterText).toContain('应当先向行政复议机关申请行政复议');
    await go(staff, 'reply-draft', {
      outcome: 'partial',
      reasons: '部分内容涉及第三方个人信息',
      letterText: `${r.reply.letterText}\n（经办人修改）`,
    });
    await go(staff, 'reply', { repliedOn: '2026-04-20' });
    expect(r).toMatchObject({ status: 'replied', outcome: 'partial', closedOn: '2026-04-20' });
    expect(r.reply.isIssued).toBe(true);
    expect(r.reply.letterText).toContain('（经办人修改）');
    expect((await go(staff, 'reply-draft', { outcome: 'granted' }, 409)).json().code).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    const [closed] = await t.ctx.db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.entityId, r.id), eq(deadlines.kind, 'reply')));
    expect(closed!.status).toBe('met');
    const [notice] = await t.ctx.db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.entityId, r.id), eq(deadlines.kind, 'clarification-notice')));
    expect(notice!.status).toBe('met');

    const letter = await staff.get(`/api/disclosure-requests/${r.id}/letter.docx`);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toContain('wordprocessingml');
    expect(letter.rawPayload.subarray(0, 2).toString()).toBe('PK');

    await go(staff, 'delivery', { method: 'post', deliveredOn: '2026-04-22', note: 'EMS 1234' });
    expect(r.delivery).toMatchObject({ method: 'post', deliveredOn: '2026-04-22' });

    const review = await staff.post(`/api/disclosure-requests/${r.id}/reviews`, {
      kind: 'review',
      filedOn: '2026-05-10',
      authority: '某区人民政府',
      result: 'pending',
    });
    expect(review.statusCode, review.body).toBe(201);
    const badReview = await staff.post(`/api/disclosure-requests/${r.id}/reviews`, {
      kind: 'review',
      filedOn: '2026-05-10',
      result: 'maintained',
    });
    expect(badReview.statusCode).toBe(400);
    const beforeReply = await staff.post(`/api/disclosure-requests/${r.id}/reviews`, {
      kind: 'review',
      filedOn: '2026-04-19',
      result: 'pending',
    });
    expect(beforeReply.json()).toMatchObject({
      code: 'DISCLOSURE_REQUEST.DATE_OUT_OF_ORDER',
      userMessage: '提起行政复议或诉讼的日期不能早于出具答复的日期（2026年4月20日）',
    });
    const decidedLater = await staff.patch(`/api/disclosure-reviews/${review.json().id}`, {
      kind: 'review',
      filedOn: '2026-05-10',
      result: 'corrected',
      decidedOn: '2099-07-01',
      version: 1,
    });
    // Dates of record after today are refused by the contract (ZDateOfRecord), on the field.
    expect(decidedLater.json()).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', invalidParams: [{ name: 'body.decidedOn' }] });
    const decided = await staff.patch(`/api/disclosure-reviews/${review.json().id}`, {
      kind: 'review',
      filedOn: '2026-05-10',
      result: 'corrected',
      decidedOn: '2026-07-01',
      version: 1,
    });
    expect(decided.json()).toMatchObject({ result: 'corrected', decidedOn: '2026-07-01' });

    const actions = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, r.id))).map((x) => x.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'disclosure-request.register',
        'disclosure-request.request-clarification',
        'disclosure-request.approve-extension',
        'disclosure-request.issue-reply',
        'disclosure-request.record-delivery',
      ]),
    );
  });

  it('closes as 逾期不补正 only after the date set', async () => {
    let r = (await register(staff, { arrivedOn: '2026-03-02' })).json();
    r = (
      await staff.post(`/api/disclosure-requests/${r.id}/clarification`, {
        noticeOn: '2026-03-03',
        correctBy: '2026-03-17',
        itemsToCorrect: '请写明文件名称',
        version: r.version,
      })
    ).json();
    const early = await staff.post(`/api/disclosure-requests/${r.id}/close-no-correction`, { closedOn: '2026-03-17', version: r.version });
    expect(early.json().code).toBe('DISCLOSURE_REQUEST.CORRECTION_NOT_OVERDUE');
    const closed = await staff.post(`/api/disclosure-requests/${r.id}/close-no-correction`, { closedOn: '2026-03-18', version: r.version });
    expect(closed.json()).toMatchObject({ status: 'replied', outcome: 'other_noCorrection' });
    expect(closed.json().reply.letterText).toContain('不再处理');
  });

  it('refuses a step dated before the receipt, and a stale version', async () => {
    const r = (await register(staff, { arrivedOn: '2026-03-02' })).json();
    const before = await staff.post(`/api/disclosure-requests/${r.id}/consultations`, {
      party: 'agency',
      partyName: '区林业局',
      startedOn: '2026-03-01',
      version: r.version,
    });
    expect(before.json().code).toBe('DISCLOSURE_REQUEST.DATE_BEFORE_RECEIPT');
    const stale = await staff.post(`/api/disclosure-requests/${r.id}/review-complete`, { on: '2026-03-03', version: r.version + 5 });
    expect(stale.statusCode).toBe(409);
  });
});

describe("the law's edge cases: dates in order, late extension, late clarification notice", () => {
  const step = (client: Client, r: { id: string; version: number }, path: string, body: Record<string, unknown>) =>
    client.post(`/api/disclosure-requests/${r.id}/${path}`, { ...body, version: r.version });

  it('refuses an extension approved after the reply was due (条例第三十三条第二款), accepts one on the due date', async () => {
    let r = (await register(staff, { arrivedOn: '2026-03-02' })).json();
    expect(r.replyDueOn).toBe('2026-03-30');
    r = (await step(staff, r, 'extension-request', { days: 20, reason: '需调取档案' })).json();
    const late = await step(leader, r, 'extension-approval', { approvedOn: '2026-03-31', applicantNotifiedOn: '2026-03-31' });
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().code).toBe('DISCLOSURE_REQUEST.EXTENSION_TOO_LATE');
    expect(late.json().userMessage).toContain('答复期限已于2026年3月30日届满');
    expect(late.json().invalidParams[0].name).toBe('body.approvedOn');
    const [row] = await t.ctx.db.select().from(disclosureRequests).where(eq(disclosureRequests.id, r.id));
    expect(row).toMatchObject({ replyDueOn: '2026-03-30', extensionApprovedOn: null });
    const onTime = await step(leader, r, 'extension-approval', { approvedOn: '2026-03-30', applicantNotifiedOn: '2026-03-30' });
    expect(onTime.statusCode, onTime.body).toBe(200);
    expect(onTime.json().replyDueOn).toBe('2026-04-28');
  });

  it('an extension recorded after the fact past the due date (older data) does not move it: the reply stays late for the compliance rule', async () => {
    const t4 = await makeTownship(t.ctx.db, '戊乡', a.countyId);
    const s4 = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', t4.departmentIds[1], t4.townshipId)).username, TEST_PASSWORD);
    let r = (await register(s4, { arrivedOn: '2026-03-02' })).json();
    // As an extension approved on 03-31 was stored before the use case refused it.
    await t.ctx.db
      .insert(disclosureRequestEvents)
      .values({ townshipId: t4.townshipId, requestId: r.id, kind: 'extended', on: '2026-03-31', data: { days: 20 } });
    await t.ctx.db
      .update(disclosureRequests)
      .set({ extensionDays: 20, extensionApprovedOn: '2026-03-31', extensionNotifiedOn: '2026-03-31' })
      .where(eq(disclosureRequests.id, r.id));
    r = (await step(s4, (await s4.get(`/api/disclosure-requests/${r.id}`)).json(), 'reply-draft', { outcome: 'granted' })).json();
    expect(r.replyDueOn).toBe('2026-03-30');
    expect(r.warningsZh.join()).toContain('答复期限不予延长，仍按逾期计');
    r = (await step(s4, r, 'reply', { repliedOn: '2026-04-20' })).json();
    const rule = findComplianceRule('disclosure-request.replies-in-time')!;
    const [result] = await rule.evaluate(t.ctx.db, {
      townshipId: t4.townshipId,
      year: 2026,
      params: { maxOverdue: 0 } as never,
      scope: null as never,
      orgs: [{ id: t4.departmentIds[1], name: '党政综合办公室', kind: 'department' }],
      today: '2026-11-27',
    });
    expect(result).toMatchObject({ status: 'notMet', actual: 1 });
  });

  it('records a clarification notice sent after 7 working days as late, tells the clerk, and the compliance rule counts it (条例第三十条)', async () => {
    const t3 = await makeTownship(t.ctx.db, '丁乡', a.countyId);
    const s3 = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', t3.departmentIds[1], t3.townshipId)).username, TEST_PASSWORD);
    let r = (await register(s3, { arrivedOn: '2026-02-10' })).json();
    expect(r.clock.clarificationNotice.dueDate).toBe('2026-02-26');
    expect(r.warningsZh).toEqual([]);
    const res = await step(s3, r, 'clarification', {
      noticeOn: '2026-02-27',
      correctBy: '2026-03-10',
      itemsToCorrect: '请写明所需方案的村组和年度',
    });
    expect(res.statusCode, res.body).toBe(200);
    r = res.json();
    expect(r.warningsZh.join()).toContain('已超过条例第三十条规定的7个工作日（应于2026年2月26日前发出）');
    expect(r.events.find((e: { kind: string }) => e.kind === 'clarificationRequested').data).toMatchObject({
      isLate: true,
      dueOn: '2026-02-26',
    });
    r = (await step(s3, r, 'correction', { receivedOn: '2026-03-02', description: null })).json();
    expect(r.replyDueOn).toBe('2026-03-30');
    r = (await step(s3, r, 'reply-draft', { outcome: 'granted' })).json();
    r = (await step(s3, r, 'reply', { repliedOn: '2026-03-20' })).json();
    expect(r.status).toBe('replied');
    const rule = findComplianceRule('disclosure-request.replies-in-time')!;
    const [result] = await rule.evaluate(t.ctx.db, {
      townshipId: t3.townshipId,
      year: 2026,
      params: { maxOverdue: 0 } as never,
      scope: null as never,
      orgs: [{ id: t3.departmentIds[1], name: '党政综合办公室', kind: 'department' }],
      today: '2026-11-27',
    });
    expect(result).toMatchObject({ status: 'notMet', actual: 1 });
    expect(result!.detailZh).toContain('1次补正通知超过7个工作日才发出');
    expect(result!.evidence[0]!.labelZh).toContain('补正通知应于2026年2月26日前发出，2026年2月27日才发出');
  });

  it('refuses a correction dated before the clarification notice, naming the notice and its date; the request keeps awaiting it', async () => {
    let r = (await register(staff, { arrivedOn: '2026-03-02' })).json();
    r = (
      await step(staff, r, 'clarification', { noticeOn: '2026-03-05', correctBy: '2026-03-20', itemsToCorrect: '请写明文件名称' })
    ).json();
    const before = await step(staff, r, 'correction', { receivedOn: '2026-03-04', description: null });
    expect(before.statusCode, before.body).toBe(400);
    expect(before.json().code).toBe('DISCLOSURE_REQUEST.DATE_OUT_OF_ORDER');
    expect(before.json().invalidParams).toEqual([
      { name: 'body.receivedOn', code: 'before_earlier_step', reason: '收到补正后的申请的日期不能早于发出补正通知的日期（2026年3月5日）' },
    ]);
    const [row] = await t.ctx.db.select().from(disclosureRequests).where(eq(disclosureRequests.id, r.id));
    expect(row).toMatchObject({ status: 'awaitingCorrection', version: r.version });
    const ok = await step(staff, r, 'correction', { receivedOn: '2026-03-05', description: null });
    expect(ok.statusCode, ok.body).toBe(200);
    // A reply before the corrected application, a delivery before the reply.
    r = (await step(staff, ok.json(), 'reply-draft', { outcome: 'granted' })).json();
    expect((await step(staff, r, 'reply', { repliedOn: '2026-03-04' })).json().invalidParams[0].reason).toContain(
      '收到补正后的申请的日期（2026年3月5日）',
    );
    r = (await step(staff, r, 'reply', { repliedOn: '2026-03-10' })).json();
    expect((await step(staff, r, 'delivery', { method: 'post', deliveredOn: '2026-03-09' })).json().code).toBe(
      'DISCLOSURE_REQUEST.DATE_OUT_OF_ORDER',
    );
  });

  it('refuses a receipt, a step or a reply dated after today (China time)', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    const future = await register(staff, { arrivedOn: tomorrow });
    expect(future.statusCode, future.body).toBe(400);
    expect(future.json()).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED' });
    expect(future.json().invalidParams[0].name).toBe('body.arrivedOn');
    const mail = (await register(staff, { channel: 'ordinaryMail', arrivedOn: '2026-03-02' })).json();
    const confirm = await step(staff, mail, 'confirm-receipt', { confirmedOn: '2099-01-01' });
    expect(confirm.json()).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', invalidParams: [{ name: 'body.confirmedOn' }] });
    expect((await step(staff, mail, 'confirm-receipt', { confirmedOn: '2026-03-01' })).json().code).toBe(
      'DISCLOSURE_REQUEST.DATE_OUT_OF_ORDER',
    );
    let r = (await register(staff, { arrivedOn: '2026-03-02' })).json();
    expect((await step(staff, r, 'review-complete', { on: tomorrow })).json().invalidParams[0].name).toBe('body.on');
    r = (await step(staff, r, 'reply-draft', { outcome: 'granted' })).json();
    const reply = await step(staff, r, 'reply', { repliedOn: tomorrow });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().invalidParams[0]).toMatchObject({ name: 'body.repliedOn', reason: expect.stringContaining('不能晚于今天') });
  });
});

describe('delete', () => {
  it('soft-deletes an open request and cancels its deadlines; another township gets 404', async () => {
    const r = (await register(staff)).json();
    expect((await adminB.delete(`/api/disclosure-requests/${r.id}`)).statusCode).toBe(404);
    expect((await staff.delete(`/api/disclosure-requests/${r.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/disclosure-requests/${r.id}`)).statusCode).toBe(404);
    const rows = await t.ctx.db.select().from(deadlines).where(eq(deadlines.entityId, r.id));
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'cancelled'));
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('personal data', () => {
  it('is encrypted, masked in lists and the record, and unmasked only with the permission, audited', async () => {
    const r = (await register(staff, {}, { phone: '13912345670', email: 'zhangsan.secret@example.cn' })).json();
    const [row] = await t.ctx.db.select().from(disclosureRequests).where(eq(disclosureRequests.id, r.id));
    expect(row!.idNumberEnc).not.toContain(ID);
    expect(row!.phoneEnc).not.toContain('13912345670');
    expect(row!.addressEnc).not.toContain('东村');
    expect(r).toMatchObject({ idNumber: '1101**********002X', phone: '139****5670', isMasked: true });
    expect(r.address).not.toContain('东村3组');
    // Every personal value of the applicant is masked in the masked JSON, the email included.
    expect(r.email).toBe('z***@example.cn');
    const masked = (await staff.get(`/api/disclosure-requests/${r.id}`)).body;
    for (const clear of [ID, '13912345670', '东村3组', 'zhangsan.secret']) expect(masked).not.toContain(clear);
    const list = await staff.get('/api/disclosure-requests?pageSize=200');
    expect(list.body).not.toContain(ID);
    expect(list.body).not.toContain('13912345670');
    expect(list.body).not.toContain('zhangsan.secret');
    expect((await staff.get(`/api/disclosure-requests/${r.id}?unmasked=true`)).statusCode).toBe(403);
    const clear = await leader.get(`/api/disclosure-requests/${r.id}?unmasked=true`);
    expect(clear.json()).toMatchObject({
      idNumber: ID,
      phone: '13912345670',
      address: '湖南省益阳市赫山区笔架山乡东村3组',
      email: 'zhangsan.secret@example.cn',
      isMasked: false,
    });
    const views = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, r.id), eq(auditLog.action, 'disclosure-request.view-personal')));
    expect(views).toHaveLength(1);
  });
});

describe('public application and tracking (/gk)', () => {
  const site = () => `/gk/${a.divisionCode}/requests`;
  async function humanCheck(ip: string) {
    const page = await t.app.inject({ method: 'GET', url: `${site()}/apply`, cookies: { yifa_public_lang: 'en' }, remoteAddress: ip });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script');
    const [, x, y] = /What is (\d+) plus (\d+)/.exec(page.body)!;
    const token = /name="humanToken" value="([^"]+)"/.exec(page.body)![1]!;
    return { token, answer: String(Number(x) + Number(y)) };
  }
  const form = (fields: Record<string, string | string[]>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
    return p.toString();
  };
  const post = (url: string, fields: Record<string, string | string[]>, ip: string) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: form(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: ip,
    });
  const fields = {
    applicantKind: 'natural',
    applicantName: '李四',
    idNumber: ID,
    phone: '13800001111',
    address: '',
    email: 'lisi@example.cn',
    description: '2026年东村道路硬化工程预算',
    forms: ['electronic', 'paper'],
    deliveryMethod: 'email',
  };

  it('applies without an account, gets a number and a secret (only its hash stored), and follows the status', async () => {
    const { token, answer } = await humanCheck('10.0.0.1');
    const res = await post(`${site()}/apply`, { ...fields, humanToken: token, humanAnswer: answer }, '10.0.0.1');
    expect(res.statusCode, res.body).toBe(201);
    const number = /data-testid="tracking-number">([^<]+)</.exec(res.body)![1]!;
    const secret = /data-testid="tracking-secret">([^<]+)</.exec(res.body)![1]!;
    const [row] = await t.ctx.db
      .select()
      .from(disclosureRequests)
      .where(and(eq(disclosureRequests.townshipId, a.townshipId), eq(disclosureRequests.number, number)));
    expect(row).toMatchObject({ status: 'awaitingConfirmation', channel: 'online', receivedOn: null, orgId: a.departmentIds[1] });
    expect(JSON.stringify(row)).not.toContain(secret);
    const track = await post(`${site()}/track`, { number, secret }, '10.0.0.1');
    expect(track.statusCode).toBe(200);
    expect(track.body).toContain('待确认');
    expect(track.body).not.toContain(ID);
    const wrong = await post(`${site()}/track`, { number, secret: 'AAAA-BBBB-CCCC' }, '10.0.0.1');
    expect(wrong.statusCode).toBe(404);
    // Staff confirm: the receipt date is the confirmation (条例第三十一条第（三）项); the tracking page shows the due date.
    const confirmed = await staff.post(`/api/disclosure-requests/${row!.id}/confirm-receipt`, {
      confirmedOn: todayInChina(),
      version: row!.version,
    });
    expect(confirmed.json().receivedOn).toBe(todayInChina());
    const due = confirmed.json().replyDueOn as string;
    expect(due > todayInChina()).toBe(true);
    const after = await post(`${site()}/track`, { number, secret }, '10.0.0.1');
    expect(after.body).toContain('办理中');
    expect(after.body).toContain(formatDateZh(due));
  });

  it('refuses a wrong human check, re-renders the form with the errors and the values', async () => {
    const { token, answer } = await humanCheck('10.0.0.2');
    const res = await post(`${site()}/apply`, { ...fields, humanToken: token, humanAnswer: String(Number(answer) + 1) }, '10.0.0.2');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('验证题答案不正确');
    expect(res.body).toContain('2026年东村道路硬化工程预算');
    // The page holds what the applicant typed: kept in no cache.
    expect(res.headers['cache-control']).toBe('no-store');
    // One answer per token, right or wrong: the right answer with the spent token is refused too.
    const retry = await post(`${site()}/apply`, { ...fields, humanToken: token, humanAnswer: answer }, '10.0.0.2');
    expect(retry.statusCode).toBe(400);
    expect(retry.body).toContain('验证题答案不正确');
    const invalid = await humanCheck('10.0.0.2');
    const bad = await post(
      `${site()}/apply`,
      { ...fields, idNumber: '110105194912310021', humanToken: invalid.token, humanAnswer: invalid.answer },
      '10.0.0.2',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('身份证号码不正确');
  });

  it('rate-limits submissions from one address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i += 1)
      codes.push((await post(`${site()}/apply`, { ...fields, humanToken: 'x', humanAnswer: '1' }, '10.0.0.3')).statusCode);
    expect(codes.slice(0, 5).every((c) => c === 400)).toBe(true);
    expect(codes[5]).toBe(429);
  });
});

describe('annual report facts, repeats, compliance', () => {
  it('returns the requests open in the year (carried over included) and the reviews, one township only', async () => {
    const t2 = await makeTownship(t.ctx.db, '丙乡', a.countyId);
    const s2 = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', t2.departmentIds[1], t2.townshipId)).username, TEST_PASSWORD);
    const mk = async (arrivedOn: string) => (await register(s2, { arrivedOn })).json();
    const carried = await mk('2025-12-22');
    const old = await mk('2025-03-03');
    const recent = await mk('2026-06-01');
    const drafted = (await s2.post(`/api/disclosure-requests/${old.id}/reply-draft`, { outcome: 'granted', version: old.version })).json();
    expect(
      (await s2.post(`/api/disclosure-requests/${old.id}/reply`, { repliedOn: '2025-03-20', version: drafted.version })).statusCode,
    ).toBe(200);
    const facts2026 = await loadDisclosureReportFacts(t.ctx.db, t2.townshipId, 2026);
    expect(facts2026.requests.map((x) => x.id).sort()).toEqual([carried.id, recent.id].sort());
    const facts2025 = await loadDisclosureReportFacts(t.ctx.db, t2.townshipId, 2025);
    expect(facts2025.requests.map((x) => x.id).sort()).toEqual([carried.id, old.id].sort());
    expect(facts2025.requests.find((x) => x.id === old.id)).toMatchObject({
      outcome: 'granted',
      closedOn: '2025-03-20',
      applicantKind: 'natural',
    });
    const list = (await s2.get('/api/disclosure-requests')).json();
    expect(list.items.find((x: { id: string }) => x.id === carried.id).isCarriedOver).toBe(true);
    expect(list.items.find((x: { id: string }) => x.id === carried.id).isRepeatCandidate).toBe(true);
    expect(list.overdueCount).toBeGreaterThanOrEqual(1);
    const repeats = (await s2.get('/api/disclosure-requests?repeats=true')).json();
    expect(repeats.items.map((x: { id: string }) => x.id)).toContain(carried.id);
  });

  it('the compliance rule lists the late replies per office', async () => {
    const rule = findComplianceRule('disclosure-request.replies-in-time')!;
    expect(rule).toBeTruthy();
    const results = await rule.evaluate(t.ctx.db, {
      townshipId: a.townshipId,
      year: 2026,
      params: { maxOverdue: 0 } as never,
      scope: null as never,
      orgs: [
        { id: a.departmentIds[1], name: '党政综合办公室', kind: 'department' },
        { id: a.departmentIds[0], name: '司法所', kind: 'department' },
      ],
      today: '2026-11-27',
    });
    expect(results[0]).toMatchObject({ status: 'notMet' });
    expect(results[0]!.evidence[0]!.link).toMatch(/^\/disclosure-requests\//);
    expect(results[1]).toMatchObject({ status: 'notApplicable' });
  });
});

describe('demo data', () => {
  it('seeds a dozen requests in various states, one carried over from 2025, one reconsideration, with their deadlines', async () => {
    const { seedDisclosureRequestDemo } = await import('./demo-seed.ts');
    const { SYSTEM_ACTOR } = await import('../../platform/audit/write-audit.ts');
    const d = await makeTownship(t.ctx.db, '演示乡');
    await t.ctx.db.transaction((tx) => seedDisclosureRequestDemo(tx, d.townshipId, SYSTEM_ACTOR));
    const rows = await t.ctx.db.select().from(disclosureRequests).where(eq(disclosureRequests.townshipId, d.townshipId));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['replied', 'inProgress', 'consulting', 'awaitingConfirmation']));
    const facts = await loadDisclosureReportFacts(t.ctx.db, d.townshipId, 2026);
    expect(facts.requests.some((r) => r.receivedOn < '2026-01-01')).toBe(true);
    expect(facts.reviews).toHaveLength(1);
    const extended = rows.find((r) => r.number === 'YSQ2026-0005')!;
    expect(extended.replyDueOn).not.toBeNull();
    const open = await t.ctx.db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.entityId, extended.id), eq(deadlines.kind, 'reply')));
    expect(open[0]!.status).toBe('open');
  });
});

describe('abilities and allowed steps (policy.ts, the domain workflow)', () => {
  let county: Client; // county reviewer: sees every township, changes none
  let otherOffice: Client; // office staff of A's other department: outside the request's data scope
  beforeAll(async () => {
    county = await login(t.app, (await makeUser(t.ctx.db, 'countyReviewer', a.countyId, null)).username, TEST_PASSWORD);
    otherOffice = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId)).username, TEST_PASSWORD);
  });

  it('the detail carries what the caller may do: staff handle, the leader approves and unmasks, the county reviewer only reads', async () => {
    const r = (await register(staff)).json();
    expect(r.abilities).toEqual({ step: true, approveExtension: false, viewPersonal: false, delete: true });
    const asLeader = (await leader.get(`/api/disclosure-requests/${r.id}`)).json();
    expect(asLeader.abilities).toEqual({ step: false, approveExtension: true, viewPersonal: true, delete: false });
    const asCounty = await county.get(`/api/disclosure-requests/${r.id}`);
    expect(asCounty.statusCode, asCounty.body).toBe(200);
    expect(asCounty.json().abilities).toEqual({ step: false, approveExtension: false, viewPersonal: false, delete: false });
    expect((await county.get(`/api/disclosure-requests/${r.id}?unmasked=true`)).statusCode).toBe(403);
  });

  it('a request outside the caller’s data scope is not found, to read or to change (404)', async () => {
    const r = (await register(staff)).json();
    expect((await otherOffice.get(`/api/disclosure-requests/${r.id}`)).statusCode).toBe(404);
    const step = await otherOffice.post(`/api/disclosure-requests/${r.id}/review-complete`, { on: '2026-03-03', version: r.version });
    expect(step.statusCode).toBe(404);
    expect(step.json().code).toBe('RECORD.NOT_FOUND');
    expect((await otherOffice.delete(`/api/disclosure-requests/${r.id}`)).statusCode).toBe(404);
  });

  it('registers in the township resolveTownship answers: the caller’s own, or one named in its scope; another is not found', async () => {
    const body = { channel: 'inPerson', arrivedOn: '2026-03-02', applicant: applicant() };
    const own = await adminB.post('/api/disclosure-requests', body);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().orgId).toBe(b.townshipId);
    expect((await adminB.post(`/api/disclosure-requests?townshipId=${b.townshipId}`, body)).statusCode).toBe(201);
    const other = await adminB.post(`/api/disclosure-requests?townshipId=${a.townshipId}`, body);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('RECORD.NOT_FOUND');
  });

  it('allowedSteps follow the state; answering a consultation names the open consultationStarted event', async () => {
    const mail = (await register(staff, { channel: 'ordinaryMail', arrivedOn: '2026-03-02' })).json();
    expect(mail.status).toBe('awaitingConfirmation');
    expect(mail.allowedSteps).toEqual(['confirmReceipt', 'delete']);
    let r = (await register(staff, { arrivedOn: '2026-03-02' })).json();
    expect(r.allowedSteps).toEqual(['reviewComplete', 'clarification', 'consultation', 'extensionRequest', 'replyDraft', 'delete']);
    const go = async (path: string, body: Record<string, unknown>) => {
      const res = await staff.post(`/api/disclosure-requests/${r.id}/${path}`, { ...body, version: r.version });
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
      r = res.json();
    };
    await go('consultations', { party: 'agency', partyName: '县自然资源局', startedOn: '2026-03-03' });
    const started = r.events.find((e: { kind: string }) => e.kind === 'consultationStarted');
    expect(r.openConsultationId).toBe(started.id);
    expect(r.allowedSteps).toContain('answerConsultation');
    expect(r.allowedSteps).not.toContain('reviewComplete');
    const wrongId = await staff.post(`/api/disclosure-requests/${r.id}/consultations/${r.id}/answer`, {
      answeredOn: '2026-03-04',
      version: r.version,
    });
    expect(wrongId.statusCode).toBe(404);
    await go(`consultations/${r.openConsultationId}/answer`, { answeredOn: '2026-03-04', answerSummary: null });
    expect(r.openConsultationId).toBeNull();
    expect(r.allowedSteps).not.toContain('answerConsultation');
    // A step the workflow does not allow is refused with its code and the workflow's Chinese reason.
    const early = await staff.post(`/api/disclosure-requests/${r.id}/delivery`, {
      method: 'post',
      deliveredOn: '2026-03-05',
      version: r.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(early.json().userMessage).toBe('告知书尚未出具，不能登记送达');
    const noDraft = await staff.post(`/api/disclosure-requests/${r.id}/reply`, { repliedOn: '2026-03-05', version: r.version });
    expect(noDraft.json().code).toBe('DISCLOSURE_REQUEST.REPLY_INCOMPLETE');
    await go('reply-draft', { outcome: 'granted', reasons: null, publishedLocation: null, responsibleAgency: null, letterText: null });
    expect(r.allowedSteps).toContain('reply');
    await go('reply', { repliedOn: '2026-03-05' });
    expect(r.allowedSteps).toEqual(['delivery', 'addReview']);
    const review = await staff.post(`/api/disclosure-requests/${r.id}/reviews`, {
      kind: 'review',
      filedOn: '2026-03-06',
      result: 'pending',
    });
    expect(review.statusCode, review.body).toBe(201);
    expect(review.json().abilities).toEqual({ update: true });
    const asCounty = (await county.get(`/api/disclosure-requests/${r.id}`)).json();
    expect(asCounty.reviews[0].abilities).toEqual({ update: false });
  });
});
