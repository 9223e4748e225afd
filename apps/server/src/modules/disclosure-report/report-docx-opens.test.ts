import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OUTCOME_CODES } from '@yifa/domain/disclosure-request';
import { computeTable3, computeTable4, draftNarrative, EMPTY_TABLE2 } from '@yifa/domain/disclosure-report';
import { describe, expect, it } from 'vitest';
import { convertDocxToPdf, findSoffice, renderOfficialDocx } from '../../platform/documents/index.ts';
import { reportDocument } from './report-document.ts';

const soffice = await findSoffice();
if (!soffice)
  console.warn('report-docx-opens.test.ts skipped: soffice (LibreOffice) is not on PATH (CI installs libreoffice-writer-nogui)');

describe.skipIf(!soffice)('the annual report\u2019s Word file', () => {
  it('opens in LibreOffice and prints every section and the tables\u2019 figures', async () => {
    const requests = OUTCOME_CODES.map((o, i) => ({
      id: `r${i}`,
      number: `N${i}`,
      applicantKind: 'natural' as const,
      receivedOn: '2025-03-01',
      closedOn: '2025-04-01',
      outcome: o,
    }));
    const t3 = computeTable3(requests, 2025);
    const t4 = computeTable4([], 2025);
    const narrative = draftNarrative({ year: 2025, townshipName: '某某乡', table3: t3.table, table4: t4.table, activity: null });
    const report = {
      townshipName: '某某乡',
      year: 2025,
      table2: EMPTY_TABLE2,
      table3: t3.table,
      table4: t4.table,
      evidence3: t3.evidence,
      evidence4: t4.evidence,
      narrative,
      activity: null,
      violations: [],
      publishedOn: '2026-01-20',
    };
    const docx = await renderOfficialDocx(reportDocument(report, report.publishedOn));
    const dir = await mkdtemp(join(tmpdir(), 'yifa-report-'));
    try {
      await writeFile(join(dir, 'report.docx'), docx);
      const pdf = await convertDocxToPdf(join(dir, 'report.docx'), dir);
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
      for (const text of [
        '某某乡人民政府',
        '一、总体情况',
        '二、主动公开政府信息情况',
        '申请人情况',
        '（七）总计',
        '结转下年度继续办理',
        '复议后起诉',
        '六、其他需要报告的事项',
        '2026年1月20日',
      ]) {
        expect(stdout.replace(/\s+/g, ''), text).toContain(text.replace(/\s+/g, ''));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
