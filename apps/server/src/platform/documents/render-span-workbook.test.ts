import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderSpanWorkbook } from './render-span-workbook.ts';

describe('renderSpanWorkbook', () => {
  it('writes each table with its merged cells where the Word layout puts them', async () => {
    const file = await renderSpanWorkbook([
      {
        name: '表三',
        title: '收到和处理申请情况',
        tables: [
          {
            caption: '表',
            columnWidths: [2, 1, 1],
            headerRowCount: 2,
            rows: [
              [
                { text: 'A', rowSpan: 2 },
                { text: 'B', colSpan: 2 },
              ],
              [{ text: 'B1' }, { text: 'B2' }],
              [{ text: '合计', align: 'left' }, { text: 1 }, { text: 2 }],
            ],
          },
        ],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('表三')!;
    expect(ws.getCell('A1').value).toBe('收到和处理申请情况');
    expect(ws.getCell('A3').value).toBe('表');
    expect(ws.getCell('A4').value).toBe('A');
    expect(ws.getCell('A5').isMerged).toBe(true);
    expect(ws.getCell('B4').value).toBe('B');
    expect(ws.getCell('C4').isMerged).toBe(true);
    expect(ws.getCell('B5').value).toBe('B1');
    expect(ws.getCell('C6').value).toBe(2);
    expect(ws.getCell('B4').font?.bold).toBe(true);
    expect(ws.getCell('A6').font?.bold).toBeFalsy();
  });
});
