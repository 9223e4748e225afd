import type { ImportRowError } from '@yifa/domain/law-study';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { dictionaryLabels } from '../../../platform/dictionaries/index.ts';
import { listRoll, listTownshipOrgs } from '../repository.ts';
import { lawStudyAttendances, lawStudySessions } from '../tables.ts';
import { lockSessions } from '../session-writes.ts';
import { personResolver } from './resolve-person.ts';
import { dateOfRecordProblem, parseChinaDate, parseNumber, type ColumnSpec, type SheetRow } from './sheet.ts';
import type { ImportChange, ImportPlan } from './types.ts';

export const ATTENDANCE_COLUMNS: ColumnSpec[] = [
  { header: '活动日期', isRequired: true, note: '如 2026-03-15 或 2026年3月15日' },
  { header: '活动类型', isRequired: true, note: '学法活动类型的名称，如 集体学法、会前学法、专题讲座' },
  { header: '学习主题', isRequired: true, note: '同一日期、类型、主题的行视为同一次活动' },
  { header: '学时', isRequired: true, note: '本次活动的学时，数字，最多一位小数；同一次活动各行须相同' },
  { header: '姓名', isRequired: true, note: '干部姓名，须在本乡镇干部名单中' },
  { header: '所在单位', isRequired: false, note: '有重名干部时必填，如 司法所' },
  { header: '出勤情况', isRequired: true, note: '出席 或 缺席' },
  { header: '缺席原因', isRequired: false, note: '缺席时必填' },
];

const CHUNK = 1000;

export async function planAttendanceImport(tx: Tx, townshipId: string, rows: SheetRow[], actorId: string): Promise<ImportPlan> {
  const errors: ImportRowError[] = [];
  // One after the other: a transaction is one connection.
  const roll = await listRoll(tx, townshipId);
  const orgs = await listTownshipOrgs(tx, townshipId);
  const kinds = await dictionaryLabels(tx, townshipId, 'activityKind');
  const resolve = personResolver(roll, new Map(orgs.map((o) => [o.id, o.name])));
  const kindByLabel = new Map<string, string>();
  for (const [code, l] of kinds)
    if (l.isActive) {
      kindByLabel.set(l.labelZh, code);
      kindByLabel.set(code, code);
    }

  type SessionPlan = {
    key: string;
    heldOn: string;
    kind: string;
    title: string;
    hours: number;
    firstRow: number;
    people: Map<string, { isPresent: boolean; reason: string | null }>;
  };
  const sessions = new Map<string, SessionPlan>();
  for (const r of rows) {
    const err = (column: string, reason: string) => errors.push({ row: r.row, column, reason });
    const heldOn = parseChinaDate(r.raw['活动日期'], r.cells['活动日期']!);
    if (!heldOn)
      err('活动日期', r.cells['活动日期'] ? `“${r.cells['活动日期']}”不是有效日期，应为 2026-03-15 这样的格式` : '请填写活动日期');
    const heldOnProblem = heldOn ? dateOfRecordProblem(heldOn) : null;
    if (heldOnProblem) err('活动日期', heldOnProblem);
    const kind = kindByLabel.get(r.cells['活动类型']!);
    if (!kind) err('活动类型', r.cells['活动类型'] ? `没有名为“${r.cells['活动类型']}”的学法活动类型` : '请填写活动类型');
    const title = r.cells['学习主题']!;
    if (!title) err('学习主题', '请填写学习主题');
    else if (title.length > 200) err('学习主题', '学习主题不能超过 200 个字');
    const hours = parseNumber(r.raw['学时'], r.cells['学时']!);
    if (hours === null) err('学时', r.cells['学时'] ? `“${r.cells['学时']}”不是数字` : '请填写学时');
    else if (hours <= 0 || hours > 100 || Math.abs(hours * 10 - Math.round(hours * 10)) > 1e-9)
      err('学时', '学时须大于 0、不超过 100，最多一位小数');
    const found = resolve(r.cells['姓名']!, r.cells['所在单位']!);
    if ('reason' in found) err(found.column, found.reason);
    const presence = r.cells['出勤情况'];
    const isPresent = presence === '出席' ? true : presence === '缺席' ? false : null;
    if (isPresent === null) err('出勤情况', presence ? `“${presence}”无法识别，请填写 出席 或 缺席` : '请填写出勤情况');
    const reason = r.cells['缺席原因'] || null;
    if (isPresent === false && !reason) err('缺席原因', '缺席须填写原因');
    if (!heldOn || heldOnProblem || !kind || !title || hours === null || 'reason' in found || isPresent === null) continue;
    const key = `${heldOn}|${kind}|${title}`;
    let s = sessions.get(key);
    if (!s) {
      s = { key, heldOn, kind, title, hours, firstRow: r.row, people: new Map() };
      sessions.set(key, s);
    }
    if (s.hours !== hours) {
      err('学时', `与第${s.firstRow}行同一活动的学时（${s.hours}）不一致`);
      continue;
    }
    if (s.people.has(found.person.id)) {
      err('姓名', `“${found.person.name}”在同一活动中重复登记`);
      continue;
    }
    s.people.set(found.person.id, { isPresent: isPresent, reason: isPresent ? null : reason });
  }

  return {
    errors,
    async apply(t) {
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      const plans = [...sessions.values()];
      // A session is the same when its natural key matches an imported one, or a recorded one of the same day, kind and title.
      const existing = plans.length
        ? await t
            .select({
              id: lawStudySessions.id,
              importKey: lawStudySessions.importKey,
              heldOn: lawStudySessions.heldOn,
              kind: lawStudySessions.kind,
              title: lawStudySessions.title,
              hours: lawStudySessions.hours,
            })
            .from(lawStudySessions)
            .where(
              and(
                eq(lawStudySessions.townshipId, townshipId),
                isNull(lawStudySessions.deletedAt),
                inArray(lawStudySessions.heldOn, [...new Set(plans.map((p) => p.heldOn))]),
              ),
            )
        : [];
      const byKey = new Map(existing.map((e) => [e.importKey ?? `${e.heldOn}|${e.kind}|${e.title}`, e]));
      const idByKey = new Map([...byKey].map(([k, e]) => [k, e.id]));
      const toCreate = plans.filter((p) => !idByKey.has(p.key));
      for (let i = 0; i < toCreate.length; i += CHUNK) {
        const inserted = await t
          .insert(lawStudySessions)
          .values(
            toCreate.slice(i, i + CHUNK).map((p) => ({
              townshipId,
              orgId: townshipId,
              kind: p.kind,
              title: p.title,
              heldOn: p.heldOn,
              hours: p.hours,
              importKey: p.key,
              createdBy: actorId,
              updatedBy: actorId,
            })),
          )
          .returning({ id: lawStudySessions.id, importKey: lawStudySessions.importKey });
        for (const s of inserted) idByKey.set(s.importKey!, s.id);
      }
      const sessionIds = plans.map((p) => idByKey.get(p.key)!);
      // Another clerk importing into the same sessions waits here, then reads what they wrote.
      await lockSessions(t, sessionIds);
      const old = new Map<string, { isPresent: boolean; absenceReason: string | null }>();
      for (let i = 0; i < sessionIds.length; i += CHUNK) {
        const got = await t
          .select({
            sessionId: lawStudyAttendances.sessionId,
            personId: lawStudyAttendances.personId,
            isPresent: lawStudyAttendances.isPresent,
            absenceReason: lawStudyAttendances.absenceReason,
          })
          .from(lawStudyAttendances)
          .where(inArray(lawStudyAttendances.sessionId, sessionIds.slice(i, i + CHUNK)));
        for (const g of got) old.set(`${g.sessionId}|${g.personId}`, g);
      }
      const writes: (typeof lawStudyAttendances.$inferInsert)[] = [];
      const changes: ImportChange[] = [];
      const now = new Date();
      for (const p of plans) {
        const sessionId = idByKey.get(p.key)!;
        const recorded = byKey.get(p.key);
        const was: AttendanceView[] = [];
        const becomes: AttendanceView[] = [];
        for (const [personId, a] of p.people) {
          const before = old.get(`${sessionId}|${personId}`);
          if (before && before.isPresent === a.isPresent && before.absenceReason === a.reason) {
            unchanged++;
            continue;
          }
          if (before) {
            updated++;
            was.push({ personId, isPresent: before.isPresent, absenceReason: before.absenceReason });
          } else created++;
          if (recorded) becomes.push({ personId, isPresent: a.isPresent, absenceReason: a.reason });
          writes.push({ townshipId, sessionId, personId, isPresent: a.isPresent, absenceReason: a.reason });
        }
        if (!recorded) continue;
        // The sheet is the record: a corrected sheet corrects the session's hours too, never silently.
        const isHoursChanged = recorded.hours !== p.hours;
        if (isHoursChanged) {
          await t
            .update(lawStudySessions)
            .set({ hours: p.hours, updatedAt: now, updatedBy: actorId, version: sql`${lawStudySessions.version} + 1` })
            .where(eq(lawStudySessions.id, sessionId));
        }
        if (isHoursChanged || becomes.length) {
          changes.push({
            entityType: 'lawStudySession',
            entityId: sessionId,
            action: 'law-study.session.import-update',
            before: { hours: recorded.hours, attendance: was },
            after: { hours: p.hours, attendance: becomes },
          });
        }
      }
      for (let i = 0; i < writes.length; i += CHUNK) {
        await t
          .insert(lawStudyAttendances)
          .values(writes.slice(i, i + CHUNK))
          .onConflictDoUpdate({
            target: [lawStudyAttendances.sessionId, lawStudyAttendances.personId],
            set: { isPresent: sql`excluded.is_present`, absenceReason: sql`excluded.absence_reason` },
          });
      }
      return { created, updated, unchanged, sessionsCreated: toCreate.length, sessionsUpdated: changes.length, changes };
    },
  };
}

interface AttendanceView {
  personId: string;
  isPresent: boolean;
  absenceReason: string | null;
}
