import { describe, expect, it } from 'vitest';
import { EMPTY_TABLE2, emptyTable3, emptyTable4 } from './report-format.ts';
import { checkConsistency } from './check-consistency.ts';
import {
  figureFlag,
  figureKey,
  figureValue,
  layoutFigures,
  TABLE2_LAYOUTS,
  TABLE3_LAYOUT,
  TABLE4_LAYOUT,
  withTable2Figure,
  type ReportFigures,
  type TableLayout,
} from './table-layouts.ts';

const ALL_LAYOUTS: TableLayout[] = [...TABLE2_LAYOUTS, TABLE3_LAYOUT, TABLE4_LAYOUT];

/** Every leaf of ReportFigures as "table.a.b(.c)". */
function leaves(value: unknown, prefix: string): string[] {
  if (typeof value === 'number') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}
const figures = (): ReportFigures => ({ table2: EMPTY_TABLE2, table3: emptyTable3(), table4: emptyTable4() });

/** Places each cell on the grid; fails on an overlap, a hole or a row that does not fill the width. */
function grid(layout: TableLayout): string[][] {
  const width = layout.columnWidths.length;
  const cells: string[][] = layout.rows.map(() => Array.from({ length: width }, () => ''));
  layout.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < width && cells[r]![c] !== '') c += 1;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      expect(c + colSpan, `row ${r} overflows`).toBeLessThanOrEqual(width);
      expect(r + rowSpan, `row ${r} spans past the table`).toBeLessThanOrEqual(layout.rows.length);
      const name = cell.kind === 'figure' ? figureKey(cell.ref) : cell.text;
      for (let y = r; y < r + rowSpan; y += 1)
        for (let x = c; x < c + colSpan; x += 1) {
          expect(cells[y]![x], `overlap at ${y},${x}`).toBe('');
          cells[y]![x] = name;
        }
      c += colSpan;
    }
  });
  for (const [r, row] of cells.entries()) expect(row.filter((x) => x === '').length, `holes in row ${r}`).toBe(0);
  return cells;
}

describe('the report tables laid out once (国办公开办函〔2021〕30号)', () => {
  it('cover every figure of ReportFigures exactly once', () => {
    const expected = [...leaves(EMPTY_TABLE2, 'table2'), ...leaves(emptyTable3(), 'table3'), ...leaves(emptyTable4(), 'table4')];
    const placed = ALL_LAYOUTS.flatMap((l) => layoutFigures(l).map((f) => figureKey(f.ref)));
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual([...expected].sort());
    // 10 figures of table 2, 25 rows × 7 of table 3 (21 outcome rows), 3 × 5 of table 4.
    expect(placed.length).toBe(10 + 25 * 7 + 15);
  });

  it('spans add up: every row fills the grid, no cell overlaps another', () => {
    for (const layout of ALL_LAYOUTS) grid(layout);
    expect(TABLE3_LAYOUT.columnWidths.length).toBe(10);
    expect(TABLE4_LAYOUT.columnWidths.length).toBe(15);
  });

  it('prints table 3 as the format: 22 result rows under 三、本年度办理结果, groups beside their first sub-item', () => {
    const g = grid(TABLE3_LAYOUT);
    expect(g.length).toBe(3 + 25);
    expect(g.slice(5, 27).every((row) => row[0] === '三、本年度办理结果')).toBe(true);
    expect(g[TABLE3_LAYOUT.rows.length - 1]![0]).toBe('四、结转下年度继续办理');
    const denied = g.filter((row) => row[1] === '（三）不予公开').map((row) => row[2]);
    expect(denied[0]).toBe('1.属于国家秘密');
    expect(denied.length).toBe(8);
    // The header: 自然人 and 总计 each span two header rows; 法人或其他组织 five columns.
    expect(g[1]![3]).toBe('自然人');
    expect(g[2]![3]).toBe('自然人');
    expect(g[1]!.filter((x) => x === '法人或其他组织').length).toBe(5);
  });

  it('reads each figure from its reference, and changes table 2 by path without touching the original', () => {
    const f = figures();
    f.table3.newReceived.natural = 4;
    f.table4.litigationDirect.pending = 2;
    expect(figureValue(f, { table: 'table3', row: 'newReceived', column: 'natural' })).toBe(4);
    expect(figureValue(f, { table: 'table4', row: 'litigationDirect', column: 'pending' })).toBe(2);
    const t2 = withTable2Figure(EMPTY_TABLE2, 'art20_8.adminFee.amountWanYuan', 1.25);
    expect(figureValue({ ...f, table2: t2 }, { table: 'table2', path: 'art20_8.adminFee.amountWanYuan' })).toBe(1.25);
    expect(EMPTY_TABLE2.art20_8.adminFee.amountWanYuan).toBe(0);
  });

  it('flags the figures a violation names (a table-2 violation may name a whole row)', () => {
    const f = figures();
    f.table3.newReceived.natural = 1;
    const violations = checkConsistency({ year: 2025, ...f, overview: '', previousCarriedForward: null });
    expect(figureFlag(violations, { table: 'table3', row: 'newReceived', column: 'natural' })).toBe('error');
    expect(figureFlag(violations, { table: 'table3', row: 'newReceived', column: 'research' })).toBe(null);
    const rowWide = [
      {
        rule: 7 as const,
        severity: 'warning' as const,
        messageZh: 'x',
        cells: [{ table: 'table2' as const, path: 'art20_1.regulations' }],
      },
    ];
    expect(figureFlag(rowWide, { table: 'table2', path: 'art20_1.regulations.issued' })).toBe('warning');
    expect(figureFlag(rowWide, { table: 'table2', path: 'art20_1.normativeDocs.issued' })).toBe(null);
  });
});
