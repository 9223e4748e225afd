import type { ImportRowError } from '@yifa/domain/law-study';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { listRoll, listTownshipOrgs } from '../repository.ts';
import { lawStudySelfStudies } from '../tables.ts';
import { personResolver } from './resolve-person.ts';
import { dateOfRecordProblem, parseChinaDate, parseNumber, type ColumnSpec, type SheetRow } from './sheet.ts';
import type { ImportChange, ImportPlan } from './types.ts';

export const PLATFORM_HOUR_COLUMNS: ColumnSpec[] = [
  { header: '姓名', isRequired: true, note: '干部姓名，须在本乡镇干部名单中' },
  { header: '所在单位', isRequired: false, note: '有重名干部时必填' },
  { header: '学习平台', isRequired: true, note: '如 湖南省学法考法平台' },
  { header: '学习内容', isRequired: true, note: '课程或学习内容' },
  { header: '学时', isRequired: true, note: '数字，最多一位小数' },
  { header: '完成日期', isRequired: true, note: '如 2026-03-15' },
  { header: '记录编号', isRequired: false, note: '平台导出的记录编号；有编号时按编号去重' },
];

/**
 * A learning platform's hour export, imported by the ledger office: each row becomes an online
 * study record, approved at import (the export is the evidence; the importer holds the approve right).
 */
export async function planPlatformHoursImport(tx: Tx, townshipId: string, rows: SheetRow[], actorId: string): Promise<ImportPlan> {
  const errors: ImportRowError[] = [];
  const roll = await listRoll(tx, townshipId);
  const orgs = await listTownshipOrgs(tx, townshipId);
  const resolve = personResolver(roll, new Map(orgs.map((o) => [o.id, o.name])));
  type Plan = {
    key: string;
    personId: string;
    orgId: string;
    source: string;
    title: string;
    hours: number;
    studiedOn: string;
    row: number;
  };
  const plans = new Map<string, Plan>();
  for (const r of rows) {
    const err = (column: string, reason: string) => errors.push({ row: r.row, column, reason });
    const found = resolve(r.cells['姓名']!, r.cells['所在单位']!);
    if ('reason' in found) err(found.column, found.reason);
    const source = r.cells['学习平台']!;
    if (!source) err('学习平台', '请填写学习平台');
    const title = r.cells['学习内容']!;
    if (!title) err('学习内容', '请填写学习内容');
    const hours = parseNumber(r.raw['学时'], r.cells['学时']!);
    if (hours === null) err('学时', r.cells['学时'] ? `“${r.cells['学时']}”不是数字` : '请填写学时');
    else if (hours <= 0 || hours > 100 || Math.abs(hours * 10 - Math.round(hours * 10)) > 1e-9)
      err('学时', '学时须大于 0、不超过 100，最多一位小数');
    const studiedOn = parseChinaDate(r.raw['完成日期'], r.cells['完成日期']!);
    if (!studiedOn) err('完成日期', r.cells['完成日期'] ? `“${r.cells['完成日期']}”不是有效日期` : '请填写完成日期');
    const studiedOnProblem = studiedOn ? dateOfRecordProblem(studiedOn) : null;
    if (studiedOnProblem) err('完成日期', studiedOnProblem);
    if ('reason' in found || !source || !title || hours === null || !studiedOn || studiedOnProblem) continue;
    const recordNo = r.cells['记录编号'];
    const key = recordNo ? `platform|${source}|${recordNo}` : `platform|${source}|${found.person.id}|${studiedOn}|${title}`;
    const dup = plans.get(key);
    if (dup) {
      err(recordNo ? '记录编号' : '学习内容', `与第${dup.row}行重复`);
      continue;
    }
    plans.set(key, { key, personId: found.person.id, orgId: found.person.orgId, source, title, hours, studiedOn, row: r.row });
  }
  return {
    errors,
    async apply(t) {
      const list = [...plans.values()];
      const existing = new Map<string, { id: string; hours: number; personId: string; title: string; studiedOn: string }>();
      for (let i = 0; i < list.length; i += 1000) {
        const got = await t
          .select({
            id: lawStudySelfStudies.id,
            key: lawStudySelfStudies.importKey,
            hours: lawStudySelfStudies.hours,
            personId: lawStudySelfStudies.personId,
            title: lawStudySelfStudies.title,
            studiedOn: lawStudySelfStudies.studiedOn,
          })
          .from(lawStudySelfStudies)
          .where(
            and(
              eq(lawStudySelfStudies.townshipId, townshipId),
              isNull(lawStudySelfStudies.deletedAt),
              inArray(
                lawStudySelfStudies.importKey,
                list.slice(i, i + 1000).map((p) => p.key),
              ),
            ),
          );
        for (const g of got) existing.set(g.key!, g);
      }
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      const changes: ImportChange[] = [];
      const now = new Date();
      const inserts: (typeof lawStudySelfStudies.$inferInsert)[] = [];
      for (const p of list) {
        const old = existing.get(p.key);
        // Every field the sheet carries is compared: with a record number, a corrected title or date is a change too.
        if (old && old.hours === p.hours && old.personId === p.personId && old.title === p.title && old.studiedOn === p.studiedOn) {
          unchanged++;
          continue;
        }
        if (old) {
          updated++;
          changes.push({
            action: 'law-study.self-study.import-update',
            entityType: 'lawStudySelfStudy',
            entityId: old.id,
            before: { personId: old.personId, title: old.title, studiedOn: old.studiedOn, hours: old.hours },
            after: { personId: p.personId, title: p.title, studiedOn: p.studiedOn, hours: p.hours },
          });
          await t
            .update(lawStudySelfStudies)
            .set({
              hours: p.hours,
              personId: p.personId,
              orgId: p.orgId,
              title: p.title,
              studiedOn: p.studiedOn,
              updatedAt: now,
              updatedBy: actorId,
              version: sql`${lawStudySelfStudies.version} + 1`,
            })
            .where(
              and(
                eq(lawStudySelfStudies.townshipId, townshipId),
                eq(lawStudySelfStudies.importKey, p.key),
                isNull(lawStudySelfStudies.deletedAt),
              ),
            );
        } else {
          created++;
          inserts.push({
            townshipId,
            orgId: p.orgId,
            personId: p.personId,
            kind: 'online',
            title: p.title,
            studiedOn: p.studiedOn,
            hours: p.hours,
            source: p.source,
            status: 'approved',
            reviewedBy: actorId,
            reviewedAt: now,
            reviewNote: '平台学时导入',
            importKey: p.key,
            createdBy: actorId,
            updatedBy: actorId,
          });
        }
      }
      for (let i = 0; i < inserts.length; i += 1000) await t.insert(lawStudySelfStudies).values(inserts.slice(i, i + 1000));
      return { created, updated, unchanged, changes };
    },
  };
}
