export type { DocBlock, IsoDate, OfficialDocument, SpanCell } from './official-document.ts';
export { renderOfficialDocx } from './render-official-docx.ts';
export { PREVIEW_FONTS_CONF, convertDocxToPdf, findSoffice } from './convert-docx-to-pdf.ts';
export type { CellValue, StreamWorkbookSpec, WorkbookColumn, WorkbookSheet, WorkbookSpec } from './workbook-spec.ts';
export { renderWorkbook } from './render-workbook.ts';
export { streamWorkbook } from './stream-workbook.ts';
export { renderSpanWorkbook, type SpanSheet, type SpanSheetTable } from './render-span-workbook.ts';
export { sanitizeSheetName, sanitizeSheetNames } from './sheet-name.ts';
