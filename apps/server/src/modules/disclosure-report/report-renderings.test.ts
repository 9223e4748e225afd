import {
  EMPTY_TABLE2,
  emptyTable3,
  emptyTable4,
  figureKey,
  layoutFigures,
  TABLE2_LAYOUTS,
  TABLE3_LAYOUT,
  TABLE4_LAYOUT,
  withTable2Figure,
  type PublishedReport,
  type TableLayout,
} from '@yifa/domain/disclosure-report';
import { describe, expect, it } from 'vitest';
import { layoutSpanRows } from '../../platform/documents/docx-table.ts';
import { publicTable } from './public-pages.ts';
import { reportDocument, reportWorkbook } from './report-document.ts';

// Issue 9, item 4: Word, Excel and the public page draw the same cells from the domain's one layout.
const LAYOUTS: TableLayout[] = [...TABLE2_LAYOUTS, TABLE3_LAYOUT, TABLE4_LAYOUT];
const refs = LAYOUTS.flatMap((l) => layoutFigures(l).map((f) => f.ref));

/** A report whose every figure is different (its position + 1), so a cell in the wrong place shows. */
function distinctReport(): PublishedReport {
  let table2 = EMPTY_TABLE2;
  const table3 = emptyTable3();
  const table4 = emptyTable4();
  refs.forEach((ref, i) => {
    if (ref.table === 'table2') table2 = withTable2Figure(table2, ref.path, i + 1);
    else if (ref.table === 'table3') table3[ref.row][ref.column] = i + 1;
    else table4[ref.row][ref.column] = i + 1;
  });
  const narrative = { overview: '总体情况。', problems: '无。', other: '无。' };
  return {
    townshipName: '甲乡',
    year: 2025,
    table2,
    table3,
    table4,
    evidence3: {} as PublishedReport['evidence3'],
    evidence4: {} as PublishedReport['evidence4'],
    narrative,
    activity: null,
    violations: [],
    publishedOn: '2026-01-20',
  };
}
const expected = refs.map((_, i) => i + 1);

describe('one layout, every rendering', () => {
  it('Word prints every figure of the layout, in its place, and its spans fill each table', () => {
    const doc = reportDocument(distinctReport(), '2026-01-20');
    const tables = doc.blocks.filter((b) => b.kind === 'spanTable');
    expect(tables.length).toBe(LAYOUTS.length);
    const numbers = tables.flatMap((t) => {
      expect(() => layoutSpanRows(t.rows, t.columnWidths.length)).not.toThrow();
      return t.rows.flat().flatMap((c) => (typeof c.text === 'number' ? [c.text] : []));
    });
    expect(numbers).toEqual(expected);
  });

  it('Excel holds the same cells as Word', () => {
    const report = distinctReport();
    const word = reportDocument(report, '2026-01-20').blocks.flatMap((b) => (b.kind === 'spanTable' ? [b.rows] : []));
    expect(reportWorkbook(report).flatMap((s) => s.tables.map((t) => t.rows))).toEqual(word);
  });

  it('the public page shows every figure with its reference, in the layout\u2019s order', () => {
    const report = distinctReport();
    const page = LAYOUTS.map((l) => publicTable(l, report, l.caption).toString()).join('');
    const cells = [...page.matchAll(/<td class="num" data-ref="([^"]+)"[^>]*>(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2])]);
    expect(cells).toEqual(refs.map((r, i) => [figureKey(r), i + 1]));
    expect(page).toContain('rowspan="22"');
  });
});
