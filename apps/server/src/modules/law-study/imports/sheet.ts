import type { ImportRowError } from '@yifa/domain/law-study';
import {
  readSheet as readWith,
  throwIfErrors as throwWith,
  type ColumnSpec,
  type ImportCodes,
  type SheetRow,
} from '../../../platform/imports/sheet.ts';

export {
  dateOfRecordProblem,
  MAX_IMPORT_BYTES,
  parseChinaDate,
  parseNumber,
  renderTemplate,
  type ColumnSpec,
  type SheetRow,
} from '../../../platform/imports/sheet.ts';

/** Law study keeps its own codes (LAW_STUDY.IMPORT_*): clients already branch on them. */
export const LAW_STUDY_IMPORT_CODES: ImportCodes = {
  notExcel: 'LAW_STUDY.IMPORT_NOT_EXCEL',
  empty: 'LAW_STUDY.IMPORT_EMPTY',
  invalid: 'LAW_STUDY.IMPORT_INVALID',
  tooLarge: 'LAW_STUDY.IMPORT_TOO_LARGE',
};

export const readSheet = (buffer: Buffer, columns: ColumnSpec[]): Promise<{ rows: SheetRow[]; errors: ImportRowError[] }> =>
  readWith(LAW_STUDY_IMPORT_CODES, buffer, columns);
export const throwIfErrors = (errors: ImportRowError[]): void => throwWith(LAW_STUDY_IMPORT_CODES, errors);
