import type { ErrorCode } from '@yifa/domain';
import type { ImportRowError } from '@yifa/domain/law-study';
import { ZDateOfRecord } from '@yifa/domain/calendar';
import { isIsoDate } from '@yifa/domain/law-study';
import ExcelJS from 'exceljs';
import { AppError } from '../http/app-error.ts';

/**
 * Excel imports, shared by every module (law-study sheets, the cadre roll): the same template
 * layout, the same reading of cells, and the same all-or-nothing report. Each module names its
 * own problem codes, so a clerk's error says which import failed.
 */
export interface ImportCodes {
  notExcel: ErrorCode;
  empty: ErrorCode;
  invalid: ErrorCode;
  tooLarge: ErrorCode;
}

/** The platform's codes, for modules without import codes of their own. */
export const IMPORT_CODES: ImportCodes = {
  notExcel: 'IMPORT.INVALID_FILE',
  empty: 'IMPORT.EMPTY',
  invalid: 'IMPORT.ROWS_INVALID',
  tooLarge: 'IMPORT.TOO_LARGE',
};

/** 5 MB: a year's attendance of a large township is well under 1 MB; anything bigger is a wrong file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The error report lists this many problems at most (the first ones, in row order). */
const MAX_ERRORS = 200;

export interface SheetRow {
  /** Excel row number (the header is row 1). */
  row: number;
  cells: Record<string, string>;
  /** Raw values for dates and numbers. */
  raw: Record<string, unknown>;
}

/** `isText`: the template formats the column as text, so Excel keeps an 18-digit ID number whole. */
export interface ColumnSpec {
  header: string;
  isRequired: boolean;
  note: string;
  isText?: boolean;
}

/** Plain text of a cell value, whatever exceljs made of it (rich text, formula, hyperlink, date, number). */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return textOf(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return '';
  }
  return String(value).trim();
}

/** Reads the first worksheet: header in row 1, data from row 2; wholly empty rows skipped. */
export async function readSheet(
  codes: ImportCodes,
  buffer: Buffer,
  columns: ColumnSpec[],
): Promise<{ rows: SheetRow[]; errors: ImportRowError[] }> {
  // An empty upload is said to be empty (文件为空), not "not Excel": the clerk picked the wrong file or it was cut.
  if (buffer.length === 0) throw new AppError('FILE.EMPTY');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError(codes.notExcel);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError(codes.empty);
  const headerIndex = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const h = textOf(cell.value)
      .replace(/\s+/g, '')
      .replace(/[*＊]$/, '');
    if (h) headerIndex.set(h, col);
  });
  const errors: ImportRowError[] = [];
  for (const c of columns)
    if (c.isRequired && !headerIndex.has(c.header))
      errors.push({ row: 1, column: c.header, reason: `缺少“${c.header}”列，请使用下载的模板` });
  if (errors.length) return { rows: [], errors };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    const raw: Record<string, unknown> = {};
    let isEmpty = true;
    for (const c of columns) {
      const col = headerIndex.get(c.header);
      const value = col ? row.getCell(col).value : null;
      const v = value && typeof value === 'object' && 'result' in (value as object) ? (value as { result: unknown }).result : value;
      raw[c.header] = v;
      cells[c.header] = textOf(v);
      if (cells[c.header]) isEmpty = false;
    }
    if (!isEmpty) rows.push({ row: rowNumber, cells, raw });
  });
  if (rows.length === 0) throw new AppError(codes.empty);
  return { rows, errors };
}

/** 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日' or an Excel date (stored as UTC midnight: its UTC fields are the China date). */
export function parseChinaDate(raw: unknown, text: string): string | null {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Why a date of record read from a sheet (活动日期, 完成日期, 到岗日期) cannot be taken, or null when it
 * can: the same rule as the forms (ZDateOfRecord: 1900–2200, not after today in China).
 */
export function dateOfRecordProblem(iso: string): string | null {
  const result = ZDateOfRecord.safeParse(iso);
  return result.success ? null : `${iso}：${result.error.issues[0]?.message ?? '日期不正确'}`;
}

/** A number from a cell: a real number, or text that is one (全角 digits are not accepted: say so). */
export function parseNumber(raw: unknown, text: string): number | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return null;
  return Number(text);
}

/** Throws the whole report when anything is wrong: nothing is written (all or nothing). */
export function throwIfErrors(codes: ImportCodes, errors: ImportRowError[]): void {
  if (errors.length === 0) return;
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  throw new AppError(codes.invalid, {
    detail: `${errors.length} problem(s)`,
    invalidParams: sorted.slice(0, MAX_ERRORS).map((e) => ({ name: `rows[${e.row}].${e.column}`, code: 'importRow', reason: e.reason })),
  });
}

/** A template: sheet 1 has the header row only (what is imported), sheet 2 explains each column. */
export async function renderTemplate(sheetName: string, columns: ColumnSpec[], extraNotes: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Yifa';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: Math.max(12, c.header.length * 3, c.isText ? 22 : 0),
    ...(c.isText ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'h', width: 14 },
    { header: '是否必填', key: 'r', width: 10 },
    { header: '说明', key: 'n', width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) help.addRow({ h: c.header, r: c.isRequired ? '必填' : '选填', n: c.note });
  help.addRow({});
  for (const n of [
    '第1个工作表第1行为列名，请勿修改；从第2行起每行一条记录。',
    '导入前会逐行检查，有任何错误则整份文件都不导入，并列出行号、列名和原因。',
    '同一文件重复导入不会重复记录。',
    ...extraNotes,
  ])
    help.addRow({ h: '', r: '', n });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
