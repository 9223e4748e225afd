import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, findSoffice } from './convert-docx-to-pdf.ts';
import type { OfficialDocument } from './official-document.ts';
import { renderOfficialDocx } from './render-official-docx.ts';

const run = promisify(execFile);

async function onPath(cmd: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${cmd}`]);
    return true;
  } catch {
    return false;
  }
}

const soffice = await findSoffice();
const poppler = (await onPath('pdfinfo')) && (await onPath('pdftotext'));
const missing = soffice === null ? 'soffice (LibreOffice)' : poppler ? null : 'pdfinfo/pdftotext (poppler-utils)';
if (missing !== null) {
  console.warn(`convert-docx-to-pdf.test.ts skipped: ${missing} is not on PATH (CI installs libreoffice-writer-nogui and poppler-utils)`);
}

/** 54 Chinese characters without punctuation: exactly two full lines after the 2-character indent. */
function twoLineParagraph(n: number): string {
  const text = `第${'一二三四五六七八九十'[n - 1] ?? '十'}段落${'政府信息公开工作依法行政建设乡镇街道村社区法治'.repeat(3)}`;
  return text.slice(0, 54);
}

function gridDocument(paragraphs: number): OfficialDocument {
  return {
    title: '版面测试',
    blocks: Array.from({ length: paragraphs }, (_, i) => ({ kind: 'paragraph' as const, text: twoLineParagraph(i + 1) })),
  };
}

async function pdfPages(pdf: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return {
    pages: Number(/^Pages:\s+(\d+)/mu.exec(stdout)?.[1]),
    size: /^Page size:\s+(.*)$/mu.exec(stdout)?.[1] ?? '',
  };
}

/** The text of a page without white space (pdftotext puts spaces between Chinese and digits). */
async function pageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);
  return stdout.replace(/\s+/gu, '');
}

describe.skipIf(missing !== null)(
  `convertDocxToPdf with LibreOffice${missing === null ? '' : ` (skipped: ${missing} not on PATH)`}`,
  () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'yifa-docx-pdf-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    async function convert(name: string, doc: OfficialDocument): Promise<string> {
      const docx = join(dir, `${name}.docx`);
      await writeFile(docx, await renderOfficialDocx(doc));
      return convertDocxToPdf(docx, dir);
    }

    it('lays out 22 lines of 28 characters on an A4 page', { timeout: 120_000 }, async () => {
      // title + blank line + 10 two-line paragraphs = 22 lines: one page; an 11th paragraph
      // starts page 2. With 27 characters a line or 21 lines a page this would be 2 and 3 pages.
      const full = await convert('full-page', gridDocument(10));
      expect(await pdfPages(full)).toMatchObject({ pages: 1 });
      expect((await pdfPages(full)).size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/u);
      const page1 = await pageText(full, 1);
      expect(page1).toContain('版面测试');
      expect(page1).toContain('—1—');

      const over = await convert('over-page', gridDocument(11));
      expect((await pdfPages(over)).pages).toBe(2);
      const page2 = await pageText(over, 2);
      expect(page2.startsWith(twoLineParagraph(11))).toBe(true);
      expect(page2).toContain('—2—');
    });

    it('converts a document with headings, a table and a page break', { timeout: 120_000 }, async () => {
      const pdf = await convert('mixed', {
        title: '某某镇人民政府2026年政府信息公开工作年度报告',
        recipients: '县人民政府办公室',
        blocks: [
          { kind: 'heading', level: 1, text: '总体情况' },
          { kind: 'paragraph', text: '正文。' },
          { kind: 'pageBreak' },
          { kind: 'table', caption: '统计表', columns: ['项目', '数量'], rows: [['申请', 15]] },
          { kind: 'pageBreak' },
          { kind: 'paragraph', text: '第三页。' },
        ],
        issuer: '某某镇人民政府',
        date: '2026-11-27',
      });
      expect((await pdfPages(pdf)).pages).toBe(3);
      expect(await pageText(pdf, 1)).toContain('某某镇人民政府2026年政府信息公开工作年度报告');
      expect(await pageText(pdf, 3)).toContain('2026年11月27日');
    });
  },
);
