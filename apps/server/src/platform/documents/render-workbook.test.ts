import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attrs, part, readParts } from './office-xml.test-support.ts';
import { renderWorkbook } from './render-workbook.ts';
import { streamWorkbook } from './stream-workbook.ts';
import type { CellValue, WorkbookSpec } from './workbook-spec.ts';

const rows: Record<string, CellValue>[] = [
  { township: '某某镇', count: 15, share: 0.125, date: new Date('2026-11-27T00:30:00+08:00') },
  { township: '另一个很长名字的街道办事处', count: 3, share: null, date: null },
];

const spec: WorkbookSpec = {
  sheets: [
    {
      name: '申请统计[2026]',
      title: '2026年政府信息公开申请统计',
      columns: [
        { header: '乡镇（街道）', key: 'township' },
        { header: '申请件数', key: 'count', width: 12, numFmt: '#,##0' },
        { header: '占比', key: 'share', numFmt: '0.0%' },
        { header: '登记日期', key: 'date' },
      ],
      rows,
      footnote: '注：数据来源于依法系统，统计期限自2026年1月1日至2026年12月31日。',
    },
    { name: '申请统计[2026]', columns: [{ header: '项目', key: 'a' }], rows: [{ a: 'x' }] },
  ],
};

type Xlsx = Map<string, string>;

const BUILT_IN_FORMATS: Record<string, string> = { '0': 'General', '3': '#,##0', '9': '0%', '10': '0.00%' };

/** One width per column; exceljs writes equal neighbours as one <col min max>. */
function columnWidthsOf(sheetXml: string): number[] {
  return [...sheetXml.matchAll(/<col [^>]*>/gu)].flatMap((m) => {
    const a = attrs(m[0], 'col');
    return Array.from({ length: Number(a['max']) - Number(a['min']) + 1 }, () => Number(a['width']));
  });
}

/** Resolves a cell's style index to its font, fill, border and alignment XML in styles.xml. */
function cellStyle(parts: Xlsx, sheetXml: string, ref: string) {
  const s = Number(attrs(new RegExp(`<c r="${ref}"[^>]*>`, 'u').exec(sheetXml)?.[0] ?? `<c r="${ref}">`, 'c')['s'] ?? 0);
  const styles = part(parts, 'xl/styles.xml');
  const list = (tag: string, item: string) =>
    [
      ...(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'u').exec(styles)?.[1] ?? '').matchAll(
        new RegExp(`<${item}\\b(?:[^>]*/>|[^>]*>[\\s\\S]*?</${item}>)`, 'gu'),
      ),
    ].map((m) => m[0]);
  const xf = list('cellXfs', 'xf')[s] ?? '';
  const a = attrs(xf, 'xf');
  const numFmtId = a['numFmtId'] ?? '0';
  return {
    xf,
    font: list('fonts', 'font')[Number(a['fontId'])] ?? '',
    fill: list('fills', 'fill')[Number(a['fillId'])] ?? '',
    border: list('borders', 'border')[Number(a['borderId'])] ?? '',
    // custom formats are listed in <numFmts>; a few are built in (ECMA-376 Part 1, 18.8.30)
    numFmt:
      new RegExp(`<numFmt numFmtId="${numFmtId}" formatCode="([^"]*)"`, 'u').exec(styles)?.[1] ?? BUILT_IN_FORMATS[numFmtId] ?? numFmtId,
  };
}

async function checkWorkbook(file: Buffer) {
  const parts = await readParts(file);
  const workbook = part(parts, 'xl/workbook.xml');
  expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/gu)].map((m) => m[1])).toEqual(['申请统计_2026_', '申请统计_2026_ (2)']);
  const sheet = part(parts, 'xl/worksheets/sheet1.xml');

  // frozen below the header row (row 2, under the title)
  expect(attrs(sheet, 'pane')).toMatchObject({ ySplit: '2', topLeftCell: 'A3', state: 'frozen' });
  expect(attrs(sheet, 'autoFilter')['ref']).toBe('A2:D4');
  const merges = [...sheet.matchAll(/<mergeCell ref="([^"]+)"/gu)].map((m) => m[1]);
  expect(merges).toEqual(['A1:D1', 'A5:D5']);

  // widths: given (12) or from the longest value (CJK counts 2: 13 characters → 26 + 2)
  expect(columnWidthsOf(sheet)).toEqual([28, 12, 8, 12]);

  // header row: bold, filled, bordered, centred, wrapped
  for (const ref of ['A2', 'B2', 'C2', 'D2']) {
    const st = cellStyle(parts, sheet, ref);
    expect(st.font).toContain('<b/>');
    expect(st.font).toContain('宋体');
    expect(st.fill).toContain('FFD9E1F2');
    expect(st.border).toMatch(/<left style="thin">/u);
    expect(st.border).toMatch(/<bottom style="thin">/u);
    expect(attrs(st.xf, 'alignment')).toMatchObject({ horizontal: 'center', vertical: 'center', wrapText: '1' });
  }
  // title
  const title = cellStyle(parts, sheet, 'A1');
  expect(title.font).toContain('<b/>');
  expect(attrs(title.font, 'sz')['val']).toBe('16');
  // data formats
  expect(cellStyle(parts, sheet, 'B3').numFmt).toBe('#,##0');
  expect(cellStyle(parts, sheet, 'C3').numFmt).toBe('0.0%');
  expect(cellStyle(parts, sheet, 'D3').numFmt).toBe('yyyy-mm-dd');
  expect(cellStyle(parts, sheet, 'A3').border).toMatch(/<left style="thin">/u);
  // printing: A4, header rows repeated
  expect(attrs(sheet, 'pageSetup')).toMatchObject({ paperSize: '9', fitToWidth: '1', fitToHeight: '0' });
  expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;申请统计_2026_&apos;!\$1:\$2<\/definedName>/u);

  // values, read back with exceljs: the date shows Beijing wall-clock time
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  const ws = book.getWorksheet('申请统计_2026_');
  expect(ws?.getCell('A3').value).toBe('某某镇');
  expect(ws?.getCell('B3').value).toBe(15);
  expect((ws?.getCell('D3').value as Date).toISOString()).toBe('2026-11-27T00:30:00.000Z');
  expect(ws?.getCell('C4').value).toBeNull();
  expect(String(ws?.getCell('A5').value)).toContain('注：数据来源于依法系统');
}

describe('renderWorkbook', () => {
  it('writes styled header, title, frozen pane, auto-filter, widths and footnote', async () => {
    await checkWorkbook(await renderWorkbook(spec));
  });

  it('refuses numbers Excel cannot store', async () => {
    const bad: WorkbookSpec = { sheets: [{ name: 's', columns: [{ header: 'n', key: 'n' }], rows: [{ n: Number.NaN }] }] };
    await expect(renderWorkbook(bad)).rejects.toThrow(/column "n": NaN/u);
  });

  it('puts the auto-filter on the header alone when there are no rows', async () => {
    const parts = await readParts(
      await renderWorkbook({
        sheets: [
          {
            name: '空',
            columns: [
              { header: 'a', key: 'a' },
              { header: 'b', key: 'b' },
            ],
            rows: [],
          },
        ],
      }),
    );
    const sheet = part(parts, 'xl/worksheets/sheet1.xml');
    expect(attrs(sheet, 'autoFilter')['ref']).toBe('A1:B1');
    expect(attrs(sheet, 'pane')).toMatchObject({ ySplit: '1', state: 'frozen' });
  });
});

describe('streamWorkbook', () => {
  async function streamed(s: Parameters<typeof streamWorkbook>[0]): Promise<Buffer> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await streamWorkbook(s, out);
    return Buffer.concat(chunks);
  }

  it('writes the same workbook as renderWorkbook', async () => {
    await checkWorkbook(await streamed(spec));
  });

  it('takes rows from an async iterable', async () => {
    async function* generate() {
      for (let i = 1; i <= 2500; i++) yield { n: i, label: `第${i}行` };
    }
    const file = await streamed({
      sheets: [
        {
          name: '大表',
          columns: [
            { header: '序号', key: 'n' },
            { header: '说明', key: 'label' },
          ],
          rows: generate(),
        },
      ],
    });
    const sheet = part(await readParts(file), 'xl/worksheets/sheet1.xml');
    expect(attrs(sheet, 'autoFilter')['ref']).toBe('A1:B2501');
    expect(sheet).toContain('<c r="A2501" s=');
    // header-only widths for an iterable: "说明" = 4 + 2, at least 8
    expect(columnWidthsOf(sheet)).toEqual([8, 8]);
  });
});
