import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { people } from '../../platform/db/schema.ts';
import { multipartFile } from '../../platform/files/test-fixtures.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { lawStudyAttendances, lawStudyExamScores, lawStudySelfStudies, lawStudySessions } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let admin: Client;
let adminB: Client;
let village: Client;
const year = 2025;

async function xlsx(header: (string | null)[], rows: unknown[][], sheetName = '导入'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (c: Client, path: string, content: Buffer) => {
  const { payload, headers } = multipartFile('导入.xlsx', content);
  return c.request({ method: 'POST', url: `/api/law-study/imports/${path}`, payload, headers });
};
type Problem = { code: string; invalidParams?: { name: string; reason: string }[] };
const names = (p: Problem) => (p.invalidParams ?? []).map((x) => x.name);

const ATT = ['活动日期', '活动类型', '学习主题', '学时', '姓名', '所在单位', '出勤情况', '缺席原因'];

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  const b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
  adminB = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', b.townshipId, b.townshipId)).username, TEST_PASSWORD);
  village = await login(t.app, (await makeUser(t.ctx.db, 'villageCadre', a.villageIds[0], a.townshipId)).username, TEST_PASSWORD);
  const add = (name: string, orgId: string) =>
    t.ctx.db.insert(people).values({ townshipId: a.townshipId, orgId, name, isCivilServant: true });
  await add('张三', a.departmentIds[0]);
  await add('李四', a.departmentIds[0]);
  await add('王五', a.departmentIds[0]);
  await add('王五', a.departmentIds[1]); // a shared name: the org decides
});
afterAll(() => t.close());

describe('attendance import', () => {
  const good = (sheetName = '导入') =>
    xlsx(
      ATT,
      [
        [new Date(Date.UTC(year, 11, 31)), '集体学法', '学习民法典', 4, '张三', '', '出席', ''],
        [`${year}-12-31`, '集体学法', '学习民法典', 4, '李四', '司法所', '缺席', '病假'],
        [`${year}年3月5日`, '会前学法', '学习宪法', 1.5, '王五', '党政综合办公室', '出席', ''],
      ],
      sheetName,
    );

  it('offers a template with the columns', async () => {
    const res = await admin.get('/api/law-study/imports/attendance/template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as string[]).filter(Boolean)).toEqual(ATT);
  });

  it('imports sessions and attendance; the same file again changes nothing, a re-saved copy neither', async () => {
    const file = await good();
    const res = await upload(admin, 'attendance', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rowCount: 3, created: 3, updated: 0, isRepeat: false });
    const sessions = await t.ctx.db.select().from(lawStudySessions).where(eq(lawStudySessions.townshipId, a.townshipId));
    expect(sessions.map((s) => s.heldOn).sort()).toEqual([`${year}-03-05`, `${year}-12-31`]);
    const attendance = await t.ctx.db.select().from(lawStudyAttendances).where(eq(lawStudyAttendances.townshipId, a.townshipId));
    expect(attendance).toHaveLength(3);
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'law-study.import.attendance'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ rowCount: 3, created: 3 });
    expect((await upload(admin, 'attendance', file)).json()).toMatchObject({ isRepeat: true, created: 0, updated: 0 });
    const again = await upload(admin, 'attendance', await good('签到表')); // different bytes, same rows
    expect(again.json()).toMatchObject({ isRepeat: false, created: 0, updated: 0, unchanged: 3 });
    expect(await t.ctx.db.select().from(lawStudySessions).where(eq(lawStudySessions.townshipId, a.townshipId))).toHaveLength(2);
    expect(await t.ctx.db.select().from(lawStudyAttendances).where(eq(lawStudyAttendances.townshipId, a.townshipId))).toHaveLength(3);
    const ledger = (await admin.get(`/api/law-study/ledger?year=${year}`)).json() as { people: { name: string; totalHours: number }[] };
    expect(ledger.people.find((p) => p.name === '张三')!.totalHours).toBe(4);
  });

  it("applies a corrected sheet that changes a session's hours, audited with before and after; the same file twice changes nothing more", async () => {
    const sheet = (hours: number, sheetName: string) =>
      xlsx(
        ATT,
        [
          [`${year}-09-10`, '集体学法', '学习行政处罚法', hours, '张三', '', '出席', ''],
          [`${year}-09-10`, '集体学法', '学习行政处罚法', hours, '李四', '', '缺席', '出差'],
        ],
        sheetName,
      );
    expect((await upload(admin, 'attendance', await sheet(2, '原表'))).json()).toMatchObject({
      created: 2,
      sessionsCreated: 1,
      sessionsUpdated: 0,
    });
    const corrected = await sheet(3, '更正表');
    const res = await upload(admin, 'attendance', corrected);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ isRepeat: false, created: 0, updated: 0, unchanged: 2, sessionsCreated: 0, sessionsUpdated: 1 });
    const [session] = await t.ctx.db.select().from(lawStudySessions).where(eq(lawStudySessions.title, '学习行政处罚法'));
    expect(session!.hours).toBe(3);
    expect(session!.version).toBe(2);
    const changes = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, session!.id));
    expect(changes.map((c) => [c.action, c.before, c.after])).toEqual([
      ['law-study.session.import-update', { hours: 2, attendance: [] }, { hours: 3, attendance: [] }],
    ]);
    const ledger = (await admin.get(`/api/law-study/ledger?year=${year}`)).json() as { people: { name: string; sessionHours: number }[] };
    expect(ledger.people.find((p) => p.name === '张三')!.sessionHours).toBe(7);
    const auditCount = (await t.ctx.db.select().from(auditLog)).length;
    expect((await upload(admin, 'attendance', corrected)).json()).toMatchObject({
      isRepeat: true,
      created: 0,
      updated: 0,
      sessionsUpdated: 0,
    });
    expect((await t.ctx.db.select().from(auditLog)).length).toBe(auditCount);
    expect((await upload(admin, 'attendance', await sheet(3, '再存一份'))).json()).toMatchObject({
      isRepeat: false,
      updated: 0,
      unchanged: 2,
      sessionsUpdated: 0,
    });
    expect(await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, session!.id))).toHaveLength(1);
  });

  it("records a changed presence on an imported session in the session's history, person by person", async () => {
    const sheet = (present: boolean) =>
      xlsx(ATT, [[`${year}-10-10`, '集体学法', '学习信访工作条例', 1, '张三', '', present ? '出席' : '缺席', present ? '' : '病假']]);
    await upload(admin, 'attendance', await sheet(true));
    expect((await upload(admin, 'attendance', await sheet(false))).json()).toMatchObject({ updated: 1, sessionsUpdated: 1 });
    const [session] = await t.ctx.db.select().from(lawStudySessions).where(eq(lawStudySessions.title, '学习信访工作条例'));
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, session!.id));
    const [zhang] = await t.ctx.db.select().from(people).where(eq(people.name, '张三'));
    expect(entry!.before).toEqual({ hours: 1, attendance: [{ personId: zhang!.id, isPresent: true, absenceReason: null }] });
    expect(entry!.after).toEqual({ hours: 1, attendance: [{ personId: zhang!.id, isPresent: false, absenceReason: '病假' }] });
  });

  it('refuses wrong headers, naming the missing column on row 1', async () => {
    const res = await upload(
      admin,
      'attendance',
      await xlsx(['日期', '类型', '主题', '学时', '姓名', '出勤'], [['2025-01-01', '集体学法', 'x', 1, '张三', '出席']]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('LAW_STUDY.IMPORT_INVALID');
    expect(names(res.json())).toEqual(expect.arrayContaining(['rows[1].活动日期', 'rows[1].出勤情况']));
  });

  it('reports every bad row (unknown names, shared names, duplicates, non-numbers, bad dates) and writes nothing', async () => {
    const before = await t.ctx.db.select().from(lawStudyAttendances);
    const res = await upload(
      admin,
      'attendance',
      await xlsx(ATT, [
        [`${year}-05-01`, '集体学法', '新主题', 2, '张三', '', '出席', ''], // fine, but must not be written
        [`${year}-05-01`, '集体学法', '新主题', 2, '赵六', '', '出席', ''], // unknown
        [`${year}-05-01`, '集体学法', '新主题', 2, '王五', '', '出席', ''], // shared name, no org
        [`${year}-05-01`, '集体学法', '新主题', 2, '张三', '', '出席', ''], // duplicate
        [`${year}-05-01`, '集体学法', '新主题', '两小时', '李四', '', '出席', ''], // not a number
        ['2025-02-30', '集体学法', '新主题', 2, '李四', '', '出席', ''], // no such date
        [`${year}-05-01`, '党课', '新主题', 2, '李四', '', '缺席', ''], // unknown kind, absent without reason
        ['2099-05-01', '集体学法', '新主题', 2, '李四', '', '出席', ''], // held after today
      ]),
    );
    expect(res.statusCode).toBe(400);
    const p = res.json() as Problem;
    expect(p.code).toBe('LAW_STUDY.IMPORT_INVALID');
    expect(names(p)).toEqual([
      'rows[3].姓名',
      'rows[4].所在单位',
      'rows[5].姓名',
      'rows[6].学时',
      'rows[7].活动日期',
      'rows[8].活动类型',
      'rows[8].缺席原因',
      'rows[9].活动日期',
    ]);
    expect(p.invalidParams!.at(-1)!.reason).toContain('不能晚于今天');
    expect(p.invalidParams![0]!.reason).toContain('赵六');
    expect(await t.ctx.db.select().from(lawStudyAttendances)).toHaveLength(before.length);
    expect((await t.ctx.db.select().from(lawStudySessions)).some((s) => s.title === '新主题')).toBe(false);
  });

  it('refuses an empty sheet, a file that is not Excel, and a 10 MB file with their codes', async () => {
    expect((await upload(admin, 'attendance', await xlsx(ATT, []))).json().code).toBe('LAW_STUDY.IMPORT_EMPTY');
    expect((await upload(admin, 'attendance', Buffer.from('姓名,学时\n张三,2\n'))).json().code).toBe('LAW_STUDY.IMPORT_NOT_EXCEL');
    const empty = (await upload(admin, 'attendance', Buffer.alloc(0))).json();
    expect([empty.code, empty.userMessage]).toEqual(['FILE.EMPTY', '文件为空']);
    const big = await upload(admin, 'attendance', Buffer.alloc(10 * 1024 * 1024, 65));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('LAW_STUDY.IMPORT_TOO_LARGE');
  });

  it('needs the permission and a multipart body', async () => {
    expect((await upload(village, 'attendance', await good())).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/law-study/imports/attendance' })).statusCode).toBe(401);
    expect((await admin.post('/api/law-study/imports/attendance', { rows: [] })).json().code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('scores import', () => {
  let examId: string;
  beforeAll(async () => {
    examId = (
      await admin.post('/api/law-study/exams', { kind: 'general', title: '年度考试', heldOn: `${year}-06-01`, passMark: 60 })
    ).json().id;
  });
  const SC = ['姓名', '所在单位', '成绩', '是否缺考'];

  it('imports scores and absentees, idempotently', async () => {
    const file = await xlsx(SC, [
      ['张三', '', 88, ''],
      ['李四', '', '', '是'],
      ['王五', '司法所', '60', '否'],
    ]);
    const res = await upload(admin, `scores?examId=${examId}`, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 3, isRepeat: false });
    expect((await upload(admin, `scores?examId=${examId}`, file)).json()).toMatchObject({ isRepeat: true });
    const exam = (await admin.get(`/api/law-study/exams/${examId}`)).json();
    expect(exam).toMatchObject({ takenCount: 2, passedCount: 2, absentCount: 1 });
    expect(await t.ctx.db.select().from(lawStudyExamScores).where(eq(lawStudyExamScores.examId, examId))).toHaveLength(3);
  });

  it("applies a corrected score sheet, the exam's history showing each changed score before and after", async () => {
    const res = await upload(
      admin,
      `scores?examId=${examId}`,
      await xlsx(SC, [
        ['张三', '', 90, ''],
        ['李四', '', '', '是'],
        ['王五', '司法所', '60', '否'],
      ]),
    );
    expect(res.json()).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const [zhang] = await t.ctx.db.select().from(people).where(eq(people.name, '张三'));
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'law-study.exam.scores-import-update'));
    expect(entry).toMatchObject({
      entityId: examId,
      before: [{ personId: zhang!.id, score: 88, isAbsent: false }],
      after: [{ personId: zhang!.id, score: 90, isAbsent: false }],
    });
  });

  it('reports scores above full marks, non-numbers and duplicates; needs an exam of the township', async () => {
    const res = await upload(
      admin,
      `scores?examId=${examId}`,
      await xlsx(SC, [
        ['张三', '', 101, ''],
        ['李四', '', 'A', ''],
        ['张三', '', 70, ''],
      ]),
    );
    expect(names(res.json())).toEqual(['rows[2].成绩', 'rows[3].成绩', 'rows[4].姓名']);
    expect((await upload(adminB, `scores?examId=${examId}`, await xlsx(SC, [['张三', '', 1, '']]))).statusCode).toBe(404);
    expect((await upload(admin, 'scores', await xlsx(SC, [['张三', '', 1, '']]))).json().code).toBe('REQUEST.VALIDATION_FAILED');
  });
});

describe('platform hours import', () => {
  const PH = ['姓名', '所在单位', '学习平台', '学习内容', '学时', '完成日期', '记录编号'];
  it('credits approved online study once per record number', async () => {
    const file = await xlsx(PH, [
      ['张三', '', '学法考法平台', '宪法课程', 10, `${year}-04-01`, 'R1'],
      ['李四', '', '学法考法平台', '民法典课程', 2.5, `${year}-04-02`, 'R2'],
    ]);
    expect((await upload(admin, 'platform-hours', file)).json()).toMatchObject({ created: 2 });
    const changed = await xlsx(PH, [
      ['张三', '', '学法考法平台', '宪法课程', 12, `${year}-04-01`, 'R1'],
      ['李四', '', '学法考法平台', '民法典课程', 2.5, `${year}-04-02`, 'R2'],
    ]);
    expect((await upload(admin, 'platform-hours', changed)).json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const rows = await t.ctx.db.select().from(lawStudySelfStudies).where(eq(lawStudySelfStudies.townshipId, a.townshipId));
    expect(rows.map((r) => [r.hours, r.status]).sort()).toEqual(
      [
        [12, 'approved'],
        [2.5, 'approved'],
      ].sort(),
    );
    expect((await upload(village, 'platform-hours', file)).statusCode).toBe(403);
    const future = await upload(admin, 'platform-hours', await xlsx(PH, [['张三', '', '学法考法平台', '宪法课程', 1, '2099-01-01', 'R3']]));
    expect(names(future.json())).toEqual(['rows[2].完成日期']);
  });

  it('applies a corrected date or title of a numbered record, audited; never "unchanged" while it differs', async () => {
    const row = (studiedOn: string) => xlsx(PH, [['张三', '', '学法考法平台', '行政复议法课程', 3, studiedOn, 'R9']]);
    expect((await upload(admin, 'platform-hours', await row(`${year}-05-01`))).json()).toMatchObject({ created: 1 });
    expect((await upload(admin, 'platform-hours', await row(`${year}-05-02`))).json()).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    const [record] = await t.ctx.db.select().from(lawStudySelfStudies).where(eq(lawStudySelfStudies.title, '行政复议法课程'));
    expect(record!.studiedOn).toBe(`${year}-05-02`);
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, record!.id));
    expect(entry).toMatchObject({
      action: 'law-study.self-study.import-update',
      before: { studiedOn: `${year}-05-01` },
      after: { studiedOn: `${year}-05-02` },
    });
  });
});
