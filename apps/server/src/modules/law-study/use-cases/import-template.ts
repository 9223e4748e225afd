import { MEDIA_TYPES } from '@yifa/domain';
import { type ImportKind } from '@yifa/domain/law-study';
import type { Download } from '../../../platform/http/send-download.ts';
import { renderTemplate } from '../imports/sheet.ts';
import { IMPORT_COLUMNS } from './import-sheet.ts';

const SHEET_NAMES: Record<ImportKind, string> = { attendance: '学法签到', scores: '考试成绩', platformHours: '平台学时' };

/** The empty Excel template of an import, with the columns its reader expects. */
export async function importTemplate(kind: ImportKind): Promise<Download> {
  const name = SHEET_NAMES[kind];
  return { body: await renderTemplate(name, [...IMPORT_COLUMNS[kind]]), fileName: `${name}导入模板.xlsx`, mediaType: MEDIA_TYPES.xlsx };
}
