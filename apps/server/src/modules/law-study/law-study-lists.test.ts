import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryEntries, orgs, people, roles, userRoles, users } from '../../platform/db/schema.ts';
import { encodeCursor } from '../../platform/db/keyset.ts';
import { multipartFile } from '../../platform/files/test-fixtures.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { recomputeSessionAttendanceCounts } from './repository.ts';
import { lockSessions } from './session-writes.ts';
import { lawStudyAttendances, lawStudyExams, lawStudyExamScores, lawStudyLaws, lawStudySelfStudies, lawStudySessions } from './tables.ts';
import { listExams } from './exam-list.ts';
import { listSelfStudies } from './self-study-list.ts';
import { listSessions } from './session-list.ts';
import { walkPages } from '../../test/walk-pages.ts';

// The law-study lists page by cursor (issue 10), and a session's attendance counts are stored on it.

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let county: Client;
let roll: { id: string; name: string }[] = [];
const year = 2025;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
  county = await login(t.app, (await makeUser(t.ctx.db, 'countyReviewer', a.countyId, null)).username, TEST_PASSWORD);
  roll = await t.ctx.db
    .insert(people)
    .values(
      Array.from({ length: 40 }, (_, i) => ({
        townshipId: a.townshipId,
        orgId: a.departmentIds[i % a.departmentIds.length]!,
        name: `干部${String(i).padStart(2, '0')}`,
        isCivilServant: true,
        joinedOn: '2020-01-01',
      })),
    )
    .returning({ id: people.id, name: people.name });
  // Ties everywhere: one insert statement gives every row the same created_at, and three days only,
  // so only the id keeps the order total. Township B's rows must never show up in A's list.
  for (const f of [a, b]) {
    const base = { townshipId: f.townshipId, orgId: f.townshipId };
    await t.ctx.db.insert(lawStudySessions).values(
      Array.from({ length: 23 }, (_, i) => ({
        ...base,
        kind: i % 2 ? 'collective' : 'lecture',
        title: `活动${i}`,
        heldOn: `${year}-0${1 + (i % 3)}-15`,
        hours: 2,
      })),
    );
    await t.ctx.db.insert(lawStudyExams).values(
      Array.from({ length: 11 }, (_, i) => ({
        ...base,
        kind: 'general',
        title: `考试${i}`,
        heldOn: `${year}-0${1 + (i % 3)}-20`,
        fullMark: 100,
        passMark: 60,
      })),
    );
  }
  await t.ctx.db.insert(lawStudySelfStudies).values(
    roll.slice(0, 17).map((p, i) => ({
      townshipId: a.townshipId,
      orgId: a.departmentIds[i % a.departmentIds.length]!,
      personId: p.id,
      kind: 'online',
      title: '网络学法',
      studiedOn: `${year}-0${1 + (i % 3)}-10`,
      hours: 2,
      status: i % 3 ? 'approved' : 'pending',
    })),
  );
});
afterAll(() => t.close());

type Page = { items: { id: string }[]; nextCursor: string | null; total: { count: number; isCapped: boolean } | null };

async function walk(client: Client, path: string, pageSize: number) {
  const { items, totals } = await walkPages<Page['items'][number]>(client, `${path}${path.includes('?') ? '&' : '?'}pageSize=${pageSize}`);
  return { ids: items.map((i) => i.id), totals };
}

const LISTS = [
  { path: `/api/law-study/sessions?year=${year}`, count: 23 },
  { path: `/api/law-study/self-studies?year=${year}`, count: 17 },
  { path: `/api/law-study/exams?year=${year}`, count: 11 },
];

describe('law-study lists page by cursor', () => {
  it.each(LISTS)(
    '$path: walking by 4 gives the one big page, each row once, newest first, total on the first page only',
    async ({ path, count }) => {
      const all = await walk(admin, path, 200);
      const byFours = await walk(admin, path, 4);
      expect(all.ids).toHaveLength(count);
      expect(new Set(all.ids).size).toBe(count);
      expect(byFours.ids).toEqual(all.ids);
      expect(byFours.totals[0]).toEqual({ count, isCapped: false });
      expect(byFours.totals.slice(1).every((x) => x === null)).toBe(true);
      // The county reviewer pages the same township's list the same way.
      expect((await walk(county, `${path}&townshipId=${a.townshipId}`, 5)).ids).toEqual(all.ids);
    },
  );

  it('orders newest first and keeps filters while paging', async () => {
    const res = (await admin.get(`/api/law-study/sessions?year=${year}&pageSize=200`)).json() as { items: { heldOn: string }[] };
    const days = res.items.map((s) => s.heldOn);
    expect(days).toEqual([...days].sort().reverse());
    const lectures = await walk(admin, `/api/law-study/sessions?year=${year}&kind=lecture`, 5);
    expect(lectures.ids).toHaveLength(12);
    expect(lectures.totals[0]).toEqual({ count: 12, isCapped: false });
    expect((await walk(admin, `/api/law-study/sessions?year=${year + 1}`, 5)).totals[0]).toEqual({ count: 0, isCapped: false });
    expect((await walk(admin, `/api/law-study/self-studies?year=${year}&status=pending`, 2)).ids).toHaveLength(6);
  });

  it('keeps its place when a session is added before the cursor meanwhile', async () => {
    const path = `/api/law-study/sessions?year=${year}`;
    const before = (await walk(admin, path, 200)).ids;
    const first = (await admin.get(`${path}&pageSize=5`)).json() as Page;
    await t.ctx.db
      .insert(lawStudySessions)
      .values({ townshipId: a.townshipId, orgId: a.townshipId, kind: 'collective', title: '新活动', heldOn: `${year}-12-01`, hours: 1 });
    const next = (await admin.get(`${path}&pageSize=5&after=${first.nextCursor}`)).json() as Page;
    expect(next.items.map((i) => i.id)).toEqual(before.slice(5, 10));
    await t.ctx.db.delete(lawStudySessions).where(eq(lawStudySessions.title, '新活动'));
  });

  it.each(LISTS)('$path: refuses a cursor it did not make, with 400 on `after`', async ({ path }) => {
    for (const after of [
      'not-base64-json',
      encodeCursor(['x']),
      encodeCursor([a.townshipId, 'yesterday', '2025-01-01 00:00:00+00', a.townshipId]),
      encodeCursor([a.townshipId, `${year}-01-15`, "'; drop table law_study_sessions; --", a.townshipId]),
    ]) {
      const res = await admin.get(`${path}&after=${after}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json().invalidParams?.[0]?.name).toBe('querystring.after');
    }
  });
});

// Each list is a prepared statement per query shape (filters × first page or not, and for self-study
// whose claims the caller sees): every shape is walked here past its first page.
describe('every query shape of the law-study lists', () => {
  it.each([
    { path: '/api/law-study/sessions', count: 23 },
    { path: '/api/law-study/sessions?kind=collective', count: 11 },
    { path: '/api/law-study/sessions?q=活动1', count: 11 },
    { path: `/api/law-study/sessions?year=${year}&q=活动2`, count: 4 },
    { path: `/api/law-study/sessions?year=${year}&kind=lecture&q=活动1`, count: 5 },
    { path: '/api/law-study/self-studies', count: 17 },
    { path: '/api/law-study/self-studies?status=approved', count: 11 },
    { path: '/api/law-study/exams', count: 11 },
  ])('$path: walking by 2 gives the one big page, with its total', async ({ path, count }) => {
    const all = await walk(admin, path, 200);
    const byTwos = await walk(admin, path, 2);
    expect(all.ids).toHaveLength(count);
    expect(byTwos.ids).toEqual(all.ids);
    expect(byTwos.totals[0]).toEqual({ count, isCapped: false });
  });

  it('pages one cadre’s claims, and what an org-scoped clerk and an own-scoped cadre see', async () => {
    const mine = roll[0]!;
    // Three more claims of one cadre, in the next year (the lists of `year` above stay as they were).
    await t.ctx.db.insert(lawStudySelfStudies).values(
      [1, 2, 3].map((m) => ({
        townshipId: a.townshipId,
        orgId: a.departmentIds[0],
        personId: mine.id,
        kind: 'selfStudy',
        title: `自学${m}`,
        studiedOn: `${year + 1}-0${m}-01`,
        hours: 1,
      })),
    );
    const ofMine = await walk(admin, `/api/law-study/self-studies?personId=${mine.id}`, 2);
    expect(ofMine.ids).toHaveLength(4);
    expect(ofMine.totals[0]).toEqual({ count: 4, isCapped: false });
    const filtered = await walk(admin, `/api/law-study/self-studies?personId=${mine.id}&year=${year + 1}&status=pending`, 2);
    expect(filtered.totals[0]).toEqual({ count: 3, isCapped: false });
    expect(filtered.ids).toHaveLength(3);

    // An office clerk without a cadre of their own: their department's claims (the seed's even rows, and the three).
    const clerk = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId)).username, TEST_PASSWORD);
    const ofDept = await walk(clerk, '/api/law-study/self-studies', 2);
    expect(ofDept.ids).toHaveLength(9 + 3);
    expect(ofDept.totals[0]).toEqual({ count: 12, isCapped: false });
    expect(ofDept.ids).toEqual((await walk(admin, '/api/law-study/self-studies', 200)).ids.filter((id) => ofDept.ids.includes(id)));

    // An 'own' scope: only one's own claims, paged; an account with no cadre has none.
    const [role] = await t.ctx.db
      .insert(roles)
      .values({ townshipId: a.townshipId, code: 'ownStudy', name: '本人学法', dataScope: 'own', permissions: ['law-study:session:read'] })
      .returning();
    const ownUser = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[1], a.townshipId);
    await t.ctx.db.update(userRoles).set({ roleId: role!.id }).where(eq(userRoles.userId, ownUser.id));
    await t.ctx.db.update(users).set({ personId: mine.id }).where(eq(users.id, ownUser.id));
    const ownView = await walk(await login(t.app, ownUser.username, TEST_PASSWORD), '/api/law-study/self-studies', 2);
    expect([...ownView.ids].sort()).toEqual([...ofMine.ids].sort());
    const nobody = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[1], a.townshipId);
    await t.ctx.db.update(userRoles).set({ roleId: role!.id }).where(eq(userRoles.userId, nobody.id));
    const none = await walk(await login(t.app, nobody.username, TEST_PASSWORD), '/api/law-study/self-studies', 2);
    expect(none).toEqual({ ids: [], totals: [{ count: 0, isCapped: false }] });
  });

  it('shows a session’s kind by its label and its laws by name, in its order, without a deleted law', async () => {
    const laws = await t.ctx.db
      .insert(lawStudyLaws)
      .values(['甲法', '乙法', '丙法'].map((name, i) => ({ townshipId: a.townshipId, orgId: a.townshipId, name, sortOrder: i })))
      .returning();
    const [kept1, gone, kept2] = laws;
    await t.ctx.db.update(lawStudyLaws).set({ deletedAt: new Date() }).where(eq(lawStudyLaws.id, gone!.id));
    // A custom kind removed since still labels its old sessions; a code in no dictionary shows as itself.
    await t.ctx.db.insert(dictionaryEntries).values({
      townshipId: a.townshipId,
      dictionary: 'activityKind',
      code: 'oldKind',
      labelZh: '旧类型',
      labelEn: 'Old kind',
      deletedAt: new Date(),
    });
    const base = { townshipId: a.townshipId, orgId: a.townshipId, heldOn: `${year + 2}-01-01`, hours: 1 };
    await t.ctx.db.insert(lawStudySessions).values([
      { ...base, kind: 'lecture', title: '带法律', lawIds: [kept2!.id, gone!.id, kept1!.id] },
      { ...base, kind: 'oldKind', title: '旧类型活动' },
      { ...base, kind: 'noSuchKind', title: '未知类型活动' },
    ]);
    const [lecture] = await t.ctx.db
      .select({ labelZh: dictionaryEntries.labelZh })
      .from(dictionaryEntries)
      .where(
        and(
          eq(dictionaryEntries.townshipId, a.townshipId),
          eq(dictionaryEntries.dictionary, 'activityKind'),
          eq(dictionaryEntries.code, 'lecture'),
        ),
      );
    const page = (await admin.get(`/api/law-study/sessions?year=${year + 2}&pageSize=200`)).json() as {
      items: { title: string; kindLabel: string; laws: { id: string; name: string }[] }[];
    };
    const byTitle = new Map(page.items.map((s) => [s.title, s]));
    expect(lecture?.labelZh).toBeTruthy();
    expect(byTitle.get('带法律')).toMatchObject({
      kindLabel: lecture!.labelZh,
      laws: [
        { id: kept2!.id, name: '丙法' },
        { id: kept1!.id, name: '甲法' },
      ],
    });
    expect(byTitle.get('旧类型活动')).toMatchObject({ kindLabel: '旧类型', laws: [] });
    expect(byTitle.get('未知类型活动')).toMatchObject({ kindLabel: 'noSuchKind' });
    await t.ctx.db.delete(lawStudySessions).where(eq(lawStudySessions.heldOn, `${year + 2}-01-01`));
  });

  it('answers 404 for a township that is gone, though its records remain, and an empty page for one with none', async () => {
    const gone = await makeTownship(t.ctx.db, '丙乡', a.countyId);
    await t.ctx.db.insert(lawStudySessions).values({
      townshipId: gone.townshipId,
      orgId: gone.townshipId,
      kind: 'lecture',
      title: '旧乡活动',
      heldOn: `${year}-01-01`,
      hours: 1,
    });
    const reviewer = await login(t.app, (await makeUser(t.ctx.db, 'countyReviewer', a.countyId, null)).username, TEST_PASSWORD);
    const path = `/api/law-study/sessions?townshipId=${gone.townshipId}`;
    expect((await reviewer.get(path)).json().items).toHaveLength(1);
    await t.ctx.db.update(orgs).set({ deletedAt: new Date() }).where(eq(orgs.id, gone.townshipId));
    try {
      // The statement itself returns nothing for it, whatever the caller's scope still holds.
      expect((await listSessions(t.ctx.db, gone.townshipId, { pageSize: 20 })).rows).toEqual([]);
      expect(
        (
          await listSelfStudies(
            t.ctx.db,
            gone.townshipId,
            { kind: 'township', userId: '', townshipId: gone.townshipId, townshipIds: [gone.townshipId], orgIds: null, isReadOnly: false },
            null,
            { pageSize: 20 },
          )
        ).rows,
      ).toEqual([]);
      expect((await listExams(t.ctx.db, gone.townshipId, { pageSize: 20 })).rows).toEqual([]);
      for (const list of ['sessions', 'self-studies', 'exams']) {
        expect((await reviewer.get(`/api/law-study/${list}?townshipId=${gone.townshipId}`)).statusCode).toBe(404);
      }
    } finally {
      await t.ctx.db.update(orgs).set({ deletedAt: null }).where(eq(orgs.id, gone.townshipId));
    }
    // A live township without exams: an empty page, not 404.
    expect((await reviewer.get(`/api/law-study/exams?townshipId=${gone.townshipId}`)).json()).toEqual({
      items: [],
      nextCursor: null,
      total: { count: 0, isCapped: false },
    });
  });
});

describe('attendance counts stored on the session', () => {
  const stored = async (id: string) => (await t.ctx.db.select().from(lawStudySessions).where(eq(lawStudySessions.id, id)))[0]!;
  const recount = async (id: string) => {
    const rows = await t.ctx.db.select().from(lawStudyAttendances).where(eq(lawStudyAttendances.sessionId, id));
    return { presentCount: rows.filter((r) => r.isPresent).length, absentCount: rows.filter((r) => !r.isPresent).length };
  };
  const sheet = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('签到');
    ws.addRow(['活动日期', '活动类型', '学习主题', '学时', '姓名', '所在单位', '出勤情况', '缺席原因']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const importSheet = async (content: Buffer) => {
    const { payload, headers } = multipartFile('签到.xlsx', content);
    return admin.request({ method: 'POST', url: '/api/law-study/imports/attendance', payload, headers });
  };

  it('follows recording, correcting and deleting through the API, and the list shows them', async () => {
    const created = await admin.post('/api/law-study/sessions', {
      kind: 'collective',
      title: '计数活动',
      heldOn: `${year}-06-01`,
      hours: 2,
      attendance: [
        { personId: roll[0]!.id, isPresent: true },
        { personId: roll[1]!.id, isPresent: true },
        { personId: roll[2]!.id, isPresent: false, absenceReason: '病假' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(await stored(id)).toMatchObject({ presentCount: 2, absentCount: 1 });
    const patched = await admin.patch(`/api/law-study/sessions/${id}`, {
      kind: 'collective',
      title: '计数活动',
      heldOn: `${year}-06-01`,
      hours: 2,
      version: 1,
      attendance: [{ personId: roll[0]!.id, isPresent: false, absenceReason: '公出' }],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await stored(id)).toMatchObject({ presentCount: 0, absentCount: 1 });
    const listed = (await admin.get(`/api/law-study/sessions?year=${year}&pageSize=200`)).json() as {
      items: { id: string; presentCount: number; absentCount: number }[];
    };
    expect(listed.items.find((s) => s.id === id)).toMatchObject({ presentCount: 0, absentCount: 1 });
    // A deleted session leaves the list; its attendance rows (and counts) stay for the record.
    expect((await admin.delete(`/api/law-study/sessions/${id}`)).statusCode).toBe(200);
    expect(await stored(id)).toMatchObject({ presentCount: 0, absentCount: 1 });
  });

  it('equals a recount after many clerks record attendance of one session at once', async () => {
    const title = '并发签到';
    const row = (p: { name: string }, isPresent: boolean) => [
      `${year}-07-01`,
      '集体学法',
      title,
      2,
      p.name,
      '',
      isPresent ? '出席' : '缺席',
      isPresent ? '' : '病假',
    ];
    // The first sheet creates the session; then 12 clerks import overlapping sheets at once while
    // others correct and remove rows directly: inserts, upserts that flip presence, deletes.
    expect((await importSheet(await sheet([row(roll[0]!, true)]))).statusCode).toBe(200);
    const [session] = await t.ctx.db
      .select()
      .from(lawStudySessions)
      .where(and(eq(lawStudySessions.townshipId, a.townshipId), eq(lawStudySessions.title, title)));
    const sessionId = session!.id;
    const imports = Array.from({ length: 12 }, async (_, c) => {
      const rows = Array.from({ length: 8 }, (_, j) => roll[(c * 3 + j) % roll.length]!).map((p, j) => row(p, (c + j) % 3 !== 0));
      const res = await importSheet(await sheet(rows));
      expect(res.statusCode, res.body).toBe(200);
    });
    // Direct writers follow the write paths' rule: lock the session first (a writer that does not may
    // deadlock with another and be rolled back by PostgreSQL — never leave a wrong count).
    const direct = Array.from({ length: 8 }, (_, c) =>
      t.ctx.db.transaction(async (tx) => {
        await lockSessions(tx, [sessionId]);
        const person = roll[(c * 5) % roll.length]!;
        await tx
          .insert(lawStudyAttendances)
          .values({
            townshipId: a.townshipId,
            sessionId,
            personId: person.id,
            isPresent: c % 2 === 0,
            absenceReason: c % 2 ? '公出' : null,
          })
          .onConflictDoUpdate({
            target: [lawStudyAttendances.sessionId, lawStudyAttendances.personId],
            set: { isPresent: sql`not ${lawStudyAttendances.isPresent}`, absenceReason: sql`'公出'` },
          });
        if (c % 3 === 0)
          await tx
            .delete(lawStudyAttendances)
            .where(and(eq(lawStudyAttendances.sessionId, sessionId), eq(lawStudyAttendances.personId, roll[c + 1]!.id)));
      }),
    );
    await Promise.all([...imports, ...direct]);
    const counts = await recount(sessionId);
    expect(counts.presentCount + counts.absentCount).toBeGreaterThan(20);
    expect(await stored(sessionId)).toMatchObject(counts);
    // Nothing to rebuild after the trigger's work, and the recompute is idempotent.
    expect(await recomputeSessionAttendanceCounts(t.ctx.db)).toBe(0);
  });

  it('recomputeSessionAttendanceCounts rebuilds counts a bulk load left wrong, set-based and idempotent', async () => {
    const [s] = await t.ctx.db
      .select({ id: lawStudySessions.id })
      .from(lawStudySessions)
      .where(eq(lawStudySessions.townshipId, b.townshipId))
      .limit(1);
    await t.ctx.db
      .insert(lawStudyAttendances)
      .values([{ townshipId: b.townshipId, sessionId: s!.id, personId: roll[0]!.id, isPresent: true }]);
    await t.ctx.db.update(lawStudySessions).set({ presentCount: 99, absentCount: 7 }).where(eq(lawStudySessions.townshipId, b.townshipId));
    expect(await recomputeSessionAttendanceCounts(t.ctx.db)).toBe(23);
    expect(await stored(s!.id)).toMatchObject({ presentCount: 1, absentCount: 0 });
    expect(await recomputeSessionAttendanceCounts(t.ctx.db)).toBe(0);
  });

  it('counts an exam’s sat, passed and absent on its list row', async () => {
    const [exam] = await t.ctx.db.select().from(lawStudyExams).where(eq(lawStudyExams.townshipId, a.townshipId)).limit(1);
    await t.ctx.db.insert(lawStudyExamScores).values([
      { townshipId: a.townshipId, examId: exam!.id, personId: roll[0]!.id, score: 80 },
      { townshipId: a.townshipId, examId: exam!.id, personId: roll[1]!.id, score: 59.5 },
      { townshipId: a.townshipId, examId: exam!.id, personId: roll[2]!.id, score: null, isAbsent: true },
    ]);
    const page = (await admin.get(`/api/law-study/exams?year=${year}&pageSize=200`)).json() as {
      items: { id: string; takenCount: number; passedCount: number; absentCount: number }[];
    };
    expect(page.items.find((e) => e.id === exam!.id)).toMatchObject({ takenCount: 2, passedCount: 1, absentCount: 1 });
    expect((await admin.get(`/api/law-study/exams/${exam!.id}`)).json()).toMatchObject({ takenCount: 2, passedCount: 1, absentCount: 1 });
  });
});
