import { hasOneDecimalAtMost, type ImportRowError } from '@yifa/domain/law-study';
import type { Tx } from '../../../platform/db/client.ts';
import type { ExamRow } from '../repository.ts';
import { listRoll, listTownshipOrgs } from '../repository.ts';
import { upsertScores, type ScoreWrite } from '../scores.ts';
import { personResolver } from './resolve-person.ts';
import { parseNumber, type ColumnSpec, type SheetRow } from './sheet.ts';
import type { ImportChange, ImportPlan } from './types.ts';

export const SCORE_COLUMNS: ColumnSpec[] = [
  { header: '姓名', isRequired: true, note: '干部姓名，须在本乡镇干部名单中' },
  { header: '所在单位', isRequired: false, note: '有重名干部时必填' },
  { header: '成绩', isRequired: true, note: '数字，不超过满分；缺考者留空' },
  { header: '是否缺考', isRequired: false, note: '缺考填 是；否则留空或填 否' },
];

export async function planScoresImport(tx: Tx, townshipId: string, exam: ExamRow, rows: SheetRow[]): Promise<ImportPlan> {
  const errors: ImportRowError[] = [];
  const roll = await listRoll(tx, townshipId);
  const orgs = await listTownshipOrgs(tx, townshipId);
  const resolve = personResolver(roll, new Map(orgs.map((o) => [o.id, o.name])));
  const scores = new Map<string, ScoreWrite & { row: number }>();
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const err = (column: string, reason: string) => errors.push({ row: r.row, column, reason });
    const found = resolve(r.cells['姓名']!, r.cells['所在单位']!);
    if ('reason' in found) err(found.column, found.reason);
    const absentText = r.cells['是否缺考'] ?? '';
    const isAbsent = absentText === '是';
    if (absentText && absentText !== '是' && absentText !== '否') err('是否缺考', `“${absentText}”无法识别，请填写 是 或 否`);
    let score: number | null = null;
    if (!isAbsent) {
      score = parseNumber(r.raw['成绩'], r.cells['成绩']!);
      if (score === null) err('成绩', r.cells['成绩'] ? `“${r.cells['成绩']}”不是数字` : '请填写成绩，缺考者在“是否缺考”填 是');
      else if (score < 0 || score > exam.fullMark) {
        err('成绩', `成绩须在 0 到满分 ${exam.fullMark} 之间`);
        score = null;
      } else if (!hasOneDecimalAtMost(score)) {
        err('成绩', `成绩${score}最多保留一位小数`);
        score = null;
      }
    } else if (r.cells['成绩']) err('成绩', '缺考者不应填写成绩');
    if ('reason' in found) continue;
    const dup = firstRow.get(found.person.id);
    if (dup) {
      err('姓名', `“${found.person.name}”与第${dup}行重复`);
      continue;
    }
    firstRow.set(found.person.id, r.row);
    if (!isAbsent && score === null) continue;
    scores.set(found.person.id, { personId: found.person.id, score, isAbsent, row: r.row });
  }
  return {
    errors,
    async apply(t) {
      const { changed, ...counts } = await upsertScores(t, townshipId, exam, [...scores.values()]);
      // Scores the sheet corrected: one entry in the exam's history, each score with its before and after.
      const changes: ImportChange[] = changed.length
        ? [
            {
              action: 'law-study.exam.scores-import-update',
              entityType: 'lawStudyExam',
              entityId: exam.id,
              before: changed.map((c) => ({ personId: c.personId, ...c.before })),
              after: changed.map((c) => ({ personId: c.personId, ...c.after })),
            },
          ]
        : [];
      return { ...counts, changes };
    },
  };
}
