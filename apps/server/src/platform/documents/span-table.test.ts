import { describe, expect, it } from 'vitest';
import { layoutSpanRows } from './docx-table.ts';
import { part, readParts } from './office-xml.test-support.ts';
import { renderOfficialDocx } from './render-official-docx.ts';

describe('spanTable (merged cells)', () => {
  // A header of two rows: A spans both rows, B spans two columns over B1 and B2.
  const rows = [
    [
      { text: 'A', rowSpan: 2 },
      { text: 'B', colSpan: 2 },
    ],
    [{ text: 'B1' }, { text: 'B2' }],
    [{ text: '组', rowSpan: 2 }, { text: 1 }, { text: 2 }],
    [{ text: 3 }, { text: 4 }],
  ];

  it('places each cell in its first column, skipping columns a rowSpan covers', () => {
    expect(layoutSpanRows(rows, 3)).toEqual([
      [0, 1],
      [1, 2],
      [0, 1, 2],
      [1, 2],
    ]);
  });

  it('refuses rows that do not cover the columns exactly', () => {
    expect(() => layoutSpanRows([[{ text: 'a' }]], 2)).toThrow(/covers 1 of 2/);
    expect(() => layoutSpanRows([[{ text: 'a', colSpan: 3 }]], 2)).toThrow(/more cells/);
  });

  it('writes gridSpan and vMerge, and repeats the header rows', async () => {
    const file = await renderOfficialDocx({
      title: '表',
      blocks: [{ kind: 'spanTable', caption: '表三', columnWidths: [2, 1, 1], headerRowCount: 2, rows }],
    });
    const xml = part(await readParts(file), 'word/document.xml');
    expect(xml.match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:vMerge(?: w:val="continue")?\/>/g)?.length).toBe(2);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength(4);
  });
});
