import { PassThrough, type Readable } from 'node:stream';
import type { AuditExportFormat } from '@yifa/domain';
import { streamWorkbook, type CellValue } from '../documents/index.ts';
import { chinaTime } from './presenter.ts';
import type { AuditRow } from './repository.ts';

/** The columns of an export, in order, with their Chinese headings. */
const COLUMNS: { header: string; width: number; value: (r: AuditRow) => string | number }[] = [
  { header: '序号', width: 10, value: (r) => r.seq },
  { header: '时间（北京时间）', width: 24, value: (r) => chinaTime(r.at) },
  { header: '乡镇（街道）', width: 16, value: (r) => r.townshipName ?? '' },
  { header: '操作人', width: 14, value: (r) => r.actorName ?? '' },
  { header: '操作人编号', width: 38, value: (r) => r.actorId ?? '' },
  { header: 'IP 地址', width: 16, value: (r) => r.ip ?? '' },
  { header: '操作', width: 24, value: (r) => r.action },
  { header: '对象类型', width: 14, value: (r) => r.entityType ?? '' },
  { header: '对象编号', width: 38, value: (r) => r.entityId ?? '' },
  { header: '结果', width: 8, value: (r) => (r.isSuccess ? '成功' : '失败') },
  { header: '变更前', width: 40, value: (r) => (r.before == null ? '' : JSON.stringify(r.before)) },
  { header: '变更后', width: 40, value: (r) => (r.after == null ? '' : JSON.stringify(r.after)) },
  { header: '说明', width: 30, value: (r) => r.detail ?? '' },
  { header: '哈希', width: 66, value: (r) => r.hash },
];

/**
 * A spreadsheet opening a cell that starts with = + - @ runs it as a formula (CSV injection):
 * such text gets a leading apostrophe, which Excel and WPS show as plain text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const EXPORT_CONTENT_TYPES: Record<AuditExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Streams the batches as CSV or XLSX. Rows are written as they arrive, so memory stays flat for
 * any range. An error after the first byte can only abort the download (the stream is destroyed).
 */
export function streamAuditExport(format: AuditExportFormat, batches: AsyncIterable<AuditRow[]>): Readable {
  const out = new PassThrough();
  const run = format === 'csv' ? writeCsv(out, batches) : writeXlsx(out, batches);
  run.catch((error: unknown) => out.destroy(error as Error));
  return out;
}

async function writeCsv(out: PassThrough, batches: AsyncIterable<AuditRow[]>): Promise<void> {
  // The BOM makes Excel and WPS read UTF-8 (Chinese) correctly.
  await write(out, `\uFEFF${COLUMNS.map((c) => csvCell(c.header)).join(',')}\r\n`);
  for await (const rows of batches) {
    let chunk = '';
    for (const r of rows) chunk += `${COLUMNS.map((c) => csvCell(c.value(r))).join(',')}\r\n`;
    await write(out, chunk);
  }
  out.end();
}

/** The spreadsheet renderer of platform/documents (its house style, frozen header, A4 landscape). */
async function writeXlsx(out: PassThrough, batches: AsyncIterable<AuditRow[]>): Promise<void> {
  const columns = COLUMNS.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  async function* rows(): AsyncIterable<Record<string, CellValue>> {
    // exceljs writes strings as text cells (never formulas), so no neutralising is needed here.
    for await (const batch of batches) {
      for (const r of batch) yield Object.fromEntries(COLUMNS.map((c, i) => [`c${i}`, c.value(r)]));
    }
  }
  await streamWorkbook({ sheets: [{ name: '审计日志', columns, rows: rows() }] }, out);
}

/** Waits for the reader when the buffer is full (backpressure). */
function write(out: PassThrough, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed) return reject(new Error('export stream closed'));
    if (out.write(chunk)) return resolve();
    const onDrain = () => {
      out.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      out.off('drain', onDrain);
      reject(new Error('export stream closed'));
    };
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}
