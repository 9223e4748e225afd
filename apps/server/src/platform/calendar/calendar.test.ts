import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship } from '../../test/factories.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import { loginAs } from '../deadlines/test-support.ts';

let t: TestApp;
let admin: Client; // system administrator: platform:calendar:write (the calendar is national)
let staff: Client; // office staff: platform:calendar:read only

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeTownship(t.ctx.db);
  admin = (await loginAs(t, 'systemAdmin', null, null)).client;
  staff = (await loginAs(t, 'officeStaff', a.departmentIds[0], a.townshipId)).client;
});
afterAll(() => t.close());

const put = (c: Client, url: string, payload: unknown) => c.request({ method: 'PUT', url, payload: payload as object });
/** Without a session; a body, when given, must be valid (the body is checked before the session). */
const anonymous = (method: 'GET' | 'PUT' | 'DELETE' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}) });
const lastAudit = async (action: string, entityId: string) =>
  (
    await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
      .orderBy(desc(auditLog.seq))
      .limit(1)
  )[0];

/** A made-up schedule for a year no test relies on otherwise (2031: 1 Jan is a Wednesday, 4 Jan a Saturday). */
const Y2031 = {
  source: 'manual',
  status: 'provisional', // a made-up, incomplete schedule can only ever be provisional
  notice: '测试通知',
  holidays: [
    { date: '2031-01-01', name: '元旦' },
    { date: '2031-01-02', name: '元旦' },
    { date: '2031-01-03', name: '元旦' },
  ],
  makeUpWorkdays: [{ date: '2031-01-04', name: '元旦' }],
};

describe('GET /api/calendar/years', () => {
  it('lists the seeded chinese-days years with counts, and flags nearby missing years', async () => {
    expect((await anonymous('GET', '/api/calendar/years')).statusCode).toBe(401);
    const res = await staff.get('/api/calendar/years');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const y2026 = body.items.find((y: { year: number }) => y.year === 2026);
    expect(y2026).toMatchObject({
      source: 'chinese-days',
      status: 'official',
      isOfficial: true,
      notice: '国办发明电〔2025〕7号',
      noticeDate: '2025-11-04',
      holidayCount: 33,
      makeUpWorkdayCount: 6,
    });
    // Seeded years whose notice (number and date) is not on record stay provisional until confirmed.
    expect(body.items.find((y: { year: number }) => y.year === 2024)).toMatchObject({
      source: 'chinese-days',
      status: 'provisional',
      isOfficial: false,
    });
    const stored = new Set(body.items.map((y: { year: number }) => y.year));
    for (const y of body.missingYears) expect(stored.has(y)).toBe(false);
    expect(stored.has(2027)).toBe(false); // chinese-days 1.5.7 has no 2027: it must stay absent, not be guessed
  });
});

describe('GET /api/calendar/years/:year', () => {
  it('returns a year\u2019s days, 404 for a year not entered, 400 for a bad year', async () => {
    const res = await staff.get('/api/calendar/years/2026');
    expect(res.statusCode).toBe(200);
    expect(res.json().holidays).toContainEqual({ date: '2026-02-15', name: '春节' });
    expect(res.json().makeUpWorkdays).toContainEqual({ date: '2026-02-14', name: '春节' });
    expect(res.json().confirmation).toMatchObject({ isComplete: true, canBeOfficial: true, problems: [], missingStatutoryDays: [] });
    expect(res.json().confirmation.statutoryDays).toHaveLength(13);
    expect((await staff.get('/api/calendar/years/2099')).json().code).toBe('RECORD.NOT_FOUND');
    expect((await staff.get('/api/calendar/years/abc')).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await anonymous('GET', '/api/calendar/years/2026')).statusCode).toBe(401);
  });
});

describe('PUT /api/calendar/years/:year', () => {
  it('refuses without session (401) and without platform:calendar:write (403)', async () => {
    expect((await anonymous('PUT', '/api/calendar/years/2031', Y2031)).statusCode).toBe(401);
    const res = await put(staff, '/api/calendar/years/2031', Y2031);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
  });

  it('rejects bad bodies with their codes', async () => {
    const bad = async (body: unknown) => (await put(admin, '/api/calendar/years/2031', body)).json();
    expect((await bad({ ...Y2031, holidays: [{ date: '2031-02-30', name: '春节' }] })).code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await bad({ ...Y2031, extra: 1 })).code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await bad({ ...Y2031, holidays: [{ date: '2030-12-31', name: '元旦' }] })).code).toBe('CALENDAR.DATE_OUTSIDE_YEAR');
    expect(
      (await bad({ ...Y2031, makeUpWorkdays: [{ date: '2031-01-04', name: '元旦' }], holidays: [{ date: '2031-01-04', name: '元旦' }] }))
        .code,
    ).toBe('CALENDAR.DAY_CONFLICT');
    const weekday = await bad({ ...Y2031, makeUpWorkdays: [{ date: '2031-01-06', name: '元旦' }] }); // a Monday
    expect(weekday.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(weekday.invalidParams[0].name).toBe('body.makeUpWorkdays.0.date');
    expect((await staff.get('/api/calendar/years/2031')).statusCode).toBe(404); // nothing was written
  });

  it('enters a year, then replaces it, auditing before and after', async () => {
    const created = await put(admin, '/api/calendar/years/2031', Y2031);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().year).toMatchObject({
      year: 2031,
      source: 'manual',
      status: 'provisional',
      isOfficial: false,
      holidayCount: 3,
      makeUpWorkdayCount: 1,
    });
    expect(created.json().recompute).toEqual({ checked: 0, changed: 0, failed: 0 });
    const createAudit = await lastAudit('calendar.year.create', '2031');
    expect(createAudit?.before).toBeNull();
    expect(createAudit?.after).toMatchObject({
      status: 'provisional',
      unconfirmedBecause: expect.arrayContaining([expect.stringContaining('缺少')]),
    });
    expect((createAudit?.after as { holidays: unknown[] }).holidays).toHaveLength(3);

    const replaced = await put(admin, '/api/calendar/years/2031', { ...Y2031, holidays: Y2031.holidays.slice(0, 1), makeUpWorkdays: [] });
    expect(replaced.statusCode).toBe(200);
    const audit = await lastAudit('calendar.year.replace', '2031');
    expect((audit?.before as { holidays: unknown[] }).holidays).toHaveLength(3);
    expect((audit?.after as { holidays: unknown[] }).holidays).toHaveLength(1);
    const detail = (await staff.get('/api/calendar/years/2031')).json();
    expect(detail.holidays).toEqual([{ date: '2031-01-01', name: '元旦' }]);
    expect(detail.makeUpWorkdays).toEqual([]);
  });
});

describe('DELETE /api/calendar/years/:year', () => {
  it('401, 403, 404, then deletes with the whole schedule kept in the audit log', async () => {
    expect((await anonymous('DELETE', '/api/calendar/years/2030')).statusCode).toBe(401);
    expect(
      (await put(admin, '/api/calendar/years/2030', { ...Y2031, holidays: [{ date: '2030-10-01', name: '国庆节' }], makeUpWorkdays: [] }))
        .statusCode,
    ).toBe(200);
    expect((await staff.delete('/api/calendar/years/2030')).statusCode).toBe(403);
    expect((await admin.delete('/api/calendar/years/2099')).json().code).toBe('RECORD.NOT_FOUND');
    const res = await admin.delete('/api/calendar/years/2030');
    expect(res.statusCode).toBe(200);
    expect((await staff.get('/api/calendar/years/2030')).statusCode).toBe(404);
    const audit = await lastAudit('calendar.year.delete', '2030');
    expect((audit?.before as { holidays: unknown[] }).holidays).toEqual([{ date: '2030-10-01', name: '国庆节' }]);
  });
});

const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

describe('POST /api/calendar/notice-preview', () => {
  it('reads a notice without saving and compares it with the stored year', async () => {
    expect((await anonymous('POST', '/api/calendar/notice-preview', { year: 2026, text: NOTICE_2026 })).statusCode).toBe(401);
    expect((await staff.post('/api/calendar/notice-preview', { year: 2026, text: NOTICE_2026 })).statusCode).toBe(403);
    expect((await admin.post('/api/calendar/notice-preview', { year: 2026 })).json().code).toBe('REQUEST.VALIDATION_FAILED');
    const res = await admin.post('/api/calendar/notice-preview', { year: 2026, text: NOTICE_2026 });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.holidays).toHaveLength(33);
    expect(body.makeUpWorkdays.map((d: { date: string }) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    // The notice agrees with the seeded chinese-days year: nothing would be added or removed.
    expect(body.existing).toMatchObject({ source: 'chinese-days', addedDates: [], removedDates: [], changedDates: [] });
    const stored = (await staff.get('/api/calendar/years/2026')).json();
    expect(stored.source).toBe('chinese-days'); // preview saved nothing
  });
});

describe('PUT /api/calendar/years/:year — official only when complete and confirmed', () => {
  const INCOMPLETE_NOTICE_2026 = NOTICE_2026.replace(
    '二、春节：2月15日（周日）至23日（周一）放假调休，共9天。',
    '二、春节：放假调休，共8天。',
  );

  it('demands an explicit status (no default)', async () => {
    const { status: _status, ...noStatus } = Y2031;
    const res = await put(admin, '/api/calendar/years/2031', noStatus);
    expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.status');
  });

  it('refuses as official a notice the parser warns about, naming what is missing; saves it as provisional on request', async () => {
    const preview = (await admin.post('/api/calendar/notice-preview', { year: 2026, text: INCOMPLETE_NOTICE_2026 })).json();
    expect(preview.warnings).toContain('“春节”写明共8天，但解析出0天，请核对');
    expect(preview.confirmation).toMatchObject({ isComplete: false, canBeOfficial: false });
    expect(preview.confirmation.missingStatutoryDays.map((d: { date: string }) => d.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
    ]);
    const body = {
      source: 'notice-import',
      notice: '国办发明电〔2025〕7号',
      noticeDate: '2025-11-04',
      noticeText: INCOMPLETE_NOTICE_2026,
      holidays: preview.holidays,
      makeUpWorkdays: preview.makeUpWorkdays,
    };

    const refused = await put(admin, '/api/calendar/years/2026', { ...body, status: 'official' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('CALENDAR.YEAR_NOT_CONFIRMED');
    expect(refused.json().userMessage).toContain(
      '缺少《全国年节及纪念日放假办法》（2024年修订）规定的法定节假日：春节2026-02-16、春节2026-02-17',
    );
    expect(refused.json().userMessage).toContain('识别通知时有警告：“春节”写明共8天，但解析出0天');
    expect(refused.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.holidays', 'body.noticeText']);
    expect((await staff.get('/api/calendar/years/2026')).json()).toMatchObject({ source: 'chinese-days', status: 'official' }); // unchanged

    // The same schedule without the text cannot dodge the parser's check.
    const { noticeText: _text, ...withoutText } = body;
    expect((await put(admin, '/api/calendar/years/2026', { ...withoutText, status: 'official' })).json().invalidParams[0].name).toBe(
      'body.noticeText',
    );

    const saved = await put(admin, '/api/calendar/years/2026', { ...body, status: 'provisional' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().year).toMatchObject({ status: 'provisional', isOfficial: false });
    expect((await lastAudit('calendar.year.replace', '2026'))?.after).toMatchObject({ status: 'provisional' });
    const computed = await staff.get('/api/calendar/compute?basis=workingDays&days=20&startDate=2026-02-10');
    expect(computed.json()).toMatchObject({ isProvisional: true, missingYears: [2026] });
    expect(computed.json().explanation.textZh).toContain('2026年的节假日安排为暂定');

    // The full notice with its number and date: official again.
    const full = (await admin.post('/api/calendar/notice-preview', { year: 2026, text: NOTICE_2026 })).json();
    const official = await put(admin, '/api/calendar/years/2026', {
      ...body,
      noticeText: NOTICE_2026,
      holidays: full.holidays,
      makeUpWorkdays: full.makeUpWorkdays,
      status: 'official',
    });
    expect(official.statusCode, official.body).toBe(200);
    expect(official.json().year).toMatchObject({
      status: 'official',
      isOfficial: true,
      notice: '国办发明电〔2025〕7号',
      noticeDate: '2025-11-04',
    });
    expect((await staff.get('/api/calendar/compute?basis=workingDays&days=20&startDate=2026-02-10')).json()).toMatchObject({
      dueDate: '2026-03-16',
      isProvisional: false,
    });
  });

  it('refuses as official a complete year without its notice number or with a notice date after today', async () => {
    const y2026 = (await staff.get('/api/calendar/years/2026')).json();
    const body = { source: 'manual', holidays: y2026.holidays, makeUpWorkdays: y2026.makeUpWorkdays, status: 'official' };
    const noNumber = (
      await put(admin, '/api/calendar/years/2026', {
        ...body,
        notice: '国务院办公厅关于2026年部分节假日安排的通知',
        noticeDate: '2025-11-04',
      })
    ).json();
    expect(noNumber.code).toBe('CALENDAR.YEAR_NOT_CONFIRMED');
    expect(noNumber.invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.notice']);
    const future = (
      await put(admin, '/api/calendar/years/2026', { ...body, notice: '国办发明电〔2025〕7号', noticeDate: '2099-01-01' })
    ).json();
    expect(future.invalidParams.map((p: { reason: string }) => p.reason)).toEqual(['通知日期2099-01-01晚于今天']);
  });
});

describe('GET /api/calendar/compute', () => {
  const q = (params: Record<string, string>) => `/api/calendar/compute?${new URLSearchParams(params).toString()}`;

  it('computes 20 working days across the 2026 Spring Festival (政府信息公开条例 Art. 33)', async () => {
    expect((await anonymous('GET', q({ basis: 'workingDays', days: '20', startDate: '2026-02-10' }))).statusCode).toBe(401);
    const res = await staff.get(q({ basis: 'workingDays', days: '20', startDate: '2026-02-10', startLabelZh: '收到申请' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dueDate: '2026-03-16', isProvisional: false, missingYears: [] });
    expect(res.json().explanation.textZh).toContain('春节');
  });

  it('flags a computation that runs into a year with no schedule, counting its statutory holidays (2027-01-01 元旦)', async () => {
    const res = await staff.get(q({ basis: 'workingDays', days: '20', startDate: '2026-12-20' }));
    expect(res.json()).toMatchObject({ dueDate: '2027-01-18', isProvisional: true, missingYears: [2027] });
    expect(res.json().explanation.steps.some((s: { kind: string }) => s.kind === 'calendarMissing')).toBe(true);
  });

  it('applies pauses and extensions passed as JSON, and rejects bad ones', async () => {
    const base = { basis: 'workingDays', days: '20', startDate: '2026-03-02' };
    const plain = (await staff.get(q(base))).json().dueDate;
    const extended = await staff.get(q({ ...base, extensions: JSON.stringify([{ days: 20, reasonZh: '经负责人批准延长' }]) }));
    expect(extended.json().dueDate > plain).toBe(true);
    expect((await staff.get(q({ ...base, pauses: '[{' }))).json().code).toBe('REQUEST.VALIDATION_FAILED');
    const badPause = await staff.get(
      q({ ...base, pauses: JSON.stringify([{ from: '2026-03-05', to: '2026-03-01', reasonZh: '征求第三方意见' }]) }),
    );
    expect(badPause.json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await staff.get(q({ ...base, startDate: '2026-02-30' }))).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await staff.get(q({ ...base, basis: 'weeks' }))).json().code).toBe('REQUEST.VALIDATION_FAILED');
  });
});

describe('OpenAPI', () => {
  it('documents the calendar, deadline, compliance and workbench routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/calendar/years/{year}',
        '/api/calendar/compute',
        '/api/deadlines',
        '/api/compliance',
        '/api/compliance/settings/{ruleCode}/{year}',
        '/api/workbench',
      ]),
    );
  });
});
