import { describe, expect, it } from 'vitest';
import { attrs, paragraphWithText, part, readParts, wordParagraphs } from './office-xml.test-support.ts';
import type { OfficialDocument } from './official-document.ts';
import { renderOfficialDocx } from './render-official-docx.ts';

const doc: OfficialDocument = {
  title: '某某镇人民政府2026年\n政府信息公开工作年度报告',
  docNumber: '某政发〔2026〕3号',
  recipients: '县人民政府办公室',
  blocks: [
    { kind: 'paragraph', text: '第一段。\n第二段。' },
    { kind: 'heading', level: 1, text: '总体情况' },
    { kind: 'heading', level: 2, text: '主动公开' },
    { kind: 'heading', level: 3, text: '规范性文件' },
    { kind: 'heading', level: 4, text: '制发情况' },
    { kind: 'heading', level: 4, text: '（5）已编号的四级标题' },
    { kind: 'heading', level: 4, text: '接着编号' },
    { kind: 'heading', level: 2, text: '（三）手写编号' },
    { kind: 'heading', level: 3, text: '重新编号' },
    { kind: 'heading', level: 1, text: '二、已有编号' },
    { kind: 'pageBreak' },
    { kind: 'paragraph', text: '新页第一段。' },
    {
      kind: 'table',
      caption: '表1 主动公开情况',
      columns: ['信息内容', '本年制发件数', '比例'],
      columnWidths: [2, 1, 1],
      rows: [
        ['规章', 3, '12.5%'],
        ['规范性文件', null, '说明文字'],
      ],
    },
  ],
  attachments: ['统计表一。', '统计表二'],
  issuer: '某某镇人民政府',
  date: '2026-01-05',
};

async function documentXml(d: OfficialDocument = doc) {
  const parts = await readParts(await renderOfficialDocx(d));
  return { parts, xml: part(parts, 'word/document.xml') };
}

function runOf(xml: string, text: string) {
  const p = paragraphWithText(xml, text);
  const r = p.runs.find((x) => x.text.length > 0);
  if (r === undefined) throw new Error(`no run in "${text}"`);
  return { p, rPr: r.rPr, font: attrs(r.rPr, 'w:rFonts'), size: attrs(r.rPr, 'w:sz')['w:val'] };
}

describe('renderOfficialDocx: page (GB/T 9704-2012 5.1, 5.2)', () => {
  it('is A4 with margins 37/35/28/26 mm rounded to the nearest twip', async () => {
    const { xml } = await documentXml();
    expect(attrs(xml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    // 37 mm = 2097.6 twips → 2098 (docx's own helper truncates to 2097)
    expect(attrs(xml, 'w:pgMar')).toMatchObject({ 'w:top': '2098', 'w:bottom': '1984', 'w:left': '1587', 'w:right': '1474' });
  });

  it('has a 22 × 28 document grid and exact 28.95 pt lines', async () => {
    const { xml, parts } = await documentXml();
    expect(attrs(xml, 'w:docGrid')).toEqual({ 'w:type': 'linesAndChars', 'w:linePitch': '579', 'w:charSpace': '-842' });
    const body = paragraphWithText(xml, '第一段。');
    expect(attrs(body.pPr, 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    // charSpace is relative to the Normal style's size, so Normal must be 3号 itself
    const styles = part(parts, 'word/styles.xml');
    const normal = /<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/u.exec(styles)?.[0] ?? '';
    expect(attrs(normal, 'w:sz')['w:val']).toBe('32');
    expect(attrs(normal, 'w:rFonts')['w:eastAsia']).toBe('仿宋_GB2312');
  });
});

describe('renderOfficialDocx: elements', () => {
  it('sets the title in 方正小标宋简体 2号, centred, off the character grid, one paragraph with a line break', async () => {
    const { xml } = await documentXml();
    const title = wordParagraphs(xml).find((p) => p.text === '某某镇人民政府2026年政府信息公开工作年度报告');
    expect(title).toBeDefined();
    const run = title?.runs[0];
    expect(attrs(run?.rPr ?? '', 'w:rFonts')).toMatchObject({ 'w:eastAsia': '方正小标宋简体', 'w:ascii': '方正小标宋简体' });
    expect(attrs(run?.rPr ?? '', 'w:sz')['w:val']).toBe('44');
    expect(title?.xml).toContain('<w:br/>');
    expect(attrs(title?.pPr ?? '', 'w:jc')['w:val']).toBe('center');
    expect(attrs(title?.pPr ?? '', 'w:snapToGrid')['w:val']).toBe('0');
    // schema order: snapToGrid comes before spacing and jc
    expect(title?.pPr.indexOf('w:snapToGrid')).toBeLessThan(title?.pPr.indexOf('w:spacing') ?? -1);
  });

  it('puts the doc number above the title and the recipients, with a full-width colon, after it', async () => {
    const { xml } = await documentXml();
    const texts = wordParagraphs(xml).map((p) => p.text);
    const i = texts.indexOf('某政发〔2026〕3号');
    expect(texts.slice(i, i + 5)).toEqual([
      '某政发〔2026〕3号',
      '',
      '某某镇人民政府2026年政府信息公开工作年度报告',
      '',
      '县人民政府办公室：',
    ]);
    expect(runOf(xml, '县人民政府办公室：').p.pPr).not.toContain('w:firstLine');
  });

  it('sets body text in 仿宋_GB2312 3号 with a two-character first-line indent, one paragraph per line of input', async () => {
    const { xml } = await documentXml();
    for (const text of ['第一段。', '第二段。']) {
      const { p, font, size } = runOf(xml, text);
      expect(font).toMatchObject({ 'w:eastAsia': '仿宋_GB2312', 'w:ascii': '仿宋_GB2312', 'w:hAnsi': '仿宋_GB2312' });
      expect(size).toBe('32');
      expect(attrs(p.pPr, 'w:ind')).toMatchObject({ 'w:firstLineChars': '200', 'w:firstLine': '632' });
      expect(attrs(p.pPr, 'w:jc')['w:val']).toBe('both');
    }
  });

  it('numbers and sets headings per 7.3.3: 一、黑体 （一）楷体 1.仿宋 bold （1）仿宋', async () => {
    const { xml } = await documentXml();
    const h1 = runOf(xml, '一、总体情况');
    expect(h1.font['w:eastAsia']).toBe('黑体');
    expect(h1.rPr).not.toContain('<w:b/>');
    expect(attrs(h1.p.pPr, 'w:outlineLvl')['w:val']).toBe('0');
    expect(h1.p.pPr).toContain('<w:keepNext/>');
    const h2 = runOf(xml, '（一）主动公开');
    expect(h2.font['w:eastAsia']).toBe('楷体_GB2312');
    const h3 = runOf(xml, '1.规范性文件');
    expect(h3.font['w:eastAsia']).toBe('仿宋_GB2312');
    expect(h3.rPr).toContain('<w:b/>');
    const h4 = runOf(xml, '（1）制发情况');
    expect(h4.font['w:eastAsia']).toBe('仿宋_GB2312');
    expect(h4.rPr).not.toContain('<w:b/>');
    for (const h of [h1, h2, h3, h4]) expect(h.size).toBe('32');
    // given numbers are kept and the count goes on from them; a higher level resets lower ones
    for (const text of ['（5）已编号的四级标题', '（6）接着编号', '（三）手写编号', '1.重新编号', '二、已有编号']) {
      expect(paragraphWithText(xml, text)).toBeDefined();
    }
  });

  it('turns a page break into pageBreakBefore on the next paragraph', async () => {
    const { xml } = await documentXml();
    expect(paragraphWithText(xml, '新页第一段。').pPr).toContain('<w:pageBreakBefore/>');
  });

  it('writes the attachment note of 7.3.4 without trailing punctuation', async () => {
    const { xml } = await documentXml();
    const first = paragraphWithText(xml, '附件：1.统计表一');
    const second = paragraphWithText(xml, '2.统计表二');
    // "2." aligns with "1.": 5 characters in, names at 6 characters
    expect(attrs(first.pPr, 'w:ind')).toMatchObject({ 'w:left': '1895', 'w:hanging': '1264' });
    expect(attrs(second.pPr, 'w:ind')).toMatchObject({ 'w:left': '1895', 'w:hanging': '316' });
  });

  it('ends with the issuer and the date in Arabic numerals without leading zeros, right-aligned (7.3.5.2)', async () => {
    const { xml } = await documentXml();
    const all = wordParagraphs(xml);
    const texts = all.map((p) => p.text);
    expect(texts.slice(-3)).toEqual(['', '某某镇人民政府', '2026年1月5日']);
    const issuer = paragraphWithText(xml, '某某镇人民政府');
    const date = paragraphWithText(xml, '2026年1月5日');
    expect(attrs(issuer.pPr, 'w:jc')['w:val']).toBe('right');
    expect(attrs(date.pPr, 'w:jc')['w:val']).toBe('right');
    // issuer 7 字, date 6 字: 署名右空二字 would put the date's first character only one 字 to the
    // right, so the date is 右空二字 and the issuer moves left: issuer 3 字 (948 twips), date 2 字
    expect(attrs(issuer.pPr, 'w:ind')['w:right']).toBe('948');
    expect(attrs(date.pPr, 'w:ind')['w:right']).toBe('632');
    expect(date.pPr).toContain('<w:autoSpaceDN w:val="0"/>');
  });

  it('drops characters that would make the XML unreadable', async () => {
    const { xml } = await documentXml({ title: '标\u0001题', blocks: [{ kind: 'paragraph', text: '正\u0000文\u001f。' }] });
    expect(paragraphWithText(xml, '正文。')).toBeDefined();
    expect(paragraphWithText(xml, '标题')).toBeDefined();
  });

  it('rejects a date that is not a calendar date', async () => {
    await expect(renderOfficialDocx({ ...doc, date: '2026-02-30' })).rejects.toThrow(/calendar date/u);
  });
});

describe('renderOfficialDocx: page numbers (7.5)', () => {
  it('prints "— n —" in 宋体 4号, odd pages right and even pages left, one character in', async () => {
    const { parts, xml } = await documentXml();
    expect(part(parts, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`, 'u').exec(xml)?.[1];
      const file =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels)?.[1];
      return part(parts, `word/${file}`);
    };
    const odd = wordParagraphs(target('default'))[0];
    const even = wordParagraphs(target('even'))[0];
    for (const [footer, side, indent] of [
      [odd, 'right', 'w:right'],
      [even, 'left', 'w:left'],
    ] as const) {
      expect(footer?.xml).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/u,
      );
      expect(attrs(footer?.pPr ?? '', 'w:jc')['w:val']).toBe(side);
      expect(attrs(footer?.pPr ?? '', 'w:ind')[indent]).toBe('280');
      const rPr = footer?.runs[0]?.rPr ?? '';
      expect(attrs(rPr, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '宋体', 'w:ascii': '宋体' });
      expect(attrs(rPr, 'w:sz')['w:val']).toBe('28');
    }
  });
});

describe('renderOfficialDocx: tables', () => {
  it('repeats a bold header row, draws borders, centres numbers and fills the text width', async () => {
    const { xml } = await documentXml();
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/u.exec(xml)?.[0] ?? '';
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(grid).toEqual([4422, 2211, 2212]);
    expect(attrs(table, 'w:tblBorders')).toBeDefined();
    expect(attrs(table, 'w:insideV')).toMatchObject({ 'w:val': 'single', 'w:sz': '4' });
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/gu)].map((m) => m[0]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    const header = wordParagraphs(rows[0] ?? '');
    expect(header.map((p) => p.text)).toEqual(['信息内容', '本年制发件数', '比例']);
    for (const p of header) {
      expect(p.runs[0]?.rPr).toContain('<w:b/>');
      expect(attrs(p.pPr, 'w:jc')['w:val']).toBe('center');
    }
    const [name, count, share] = wordParagraphs(rows[1] ?? '');
    expect(attrs(name?.pPr ?? '', 'w:jc')['w:val']).toBe('left');
    expect(attrs(count?.pPr ?? '', 'w:jc')['w:val']).toBe('center');
    expect(attrs(share?.pPr ?? '', 'w:jc')['w:val']).toBe('center');
    expect(attrs(count?.runs[0]?.rPr ?? '', 'w:rFonts')['w:eastAsia']).toBe('仿宋_GB2312');
    expect(attrs(count?.runs[0]?.rPr ?? '', 'w:sz')['w:val']).toBe('24');
    expect(count?.pPr).toContain('<w:snapToGrid w:val="0"/>');
    expect(wordParagraphs(rows[2] ?? '').map((p) => p.text)).toEqual(['规范性文件', '', '说明文字']);
    expect(runOf(xml, '表1 主动公开情况').p.pPr).toContain('<w:keepNext/>');
  });

  it('rejects a row with the wrong number of cells', async () => {
    const bad: OfficialDocument = { title: 'T', blocks: [{ kind: 'table', columns: ['a', 'b'], rows: [['x']] }] };
    await expect(renderOfficialDocx(bad)).rejects.toThrow(/row 1 has 1 cells, expected 2/u);
  });

  it('adds a closing paragraph after a table that ends the document (Word requires one)', async () => {
    const { xml } = await documentXml({ title: 'T', blocks: [{ kind: 'table', columns: ['a'], rows: [] }] });
    expect(xml).toMatch(/<\/w:tbl><w:p>[\s\S]*<\/w:p><w:sectPr>/u);
  });
});
