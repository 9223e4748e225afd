import type { DocBlock, OfficialDocument } from './official-document.ts';

/**
 * A realistic document for tests, previews and timing: an 政府信息公开工作年度报告-like text with
 * all four heading levels, long paragraphs and a table that runs over a page break.
 * `sections` repeats the middle part to make the document longer (about 2 pages per section).
 */
export function sampleOfficialDocument(sections = 1): OfficialDocument {
  const para =
    '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制，内容包括总体情况、' +
    '主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及' +
    '改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2026年1月1日起至2026年12月31日止。';
  const blocks: DocBlock[] = [{ kind: 'paragraph', text: para }];
  for (let s = 0; s < sections; s++) {
    blocks.push(
      { kind: 'heading', level: 1, text: '总体情况' },
      {
        kind: 'paragraph',
        text: `2026年，镇人民政府深入贯彻落实《条例》，围绕法治政府建设目标，持续推进政务公开标准化规范化工作。${para}`,
      },
      { kind: 'heading', level: 2, text: '主动公开情况' },
      { kind: 'paragraph', text: `全年主动公开政府信息326条，其中规范性文件12件，财政预决算信息8条。${para}` },
      { kind: 'heading', level: 3, text: '依申请公开情况' },
      { kind: 'paragraph', text: '全年共收到政府信息公开申请15件，均在法定期限内答复。' },
      { kind: 'heading', level: 4, text: '答复类型' },
      { kind: 'paragraph', text: `予以公开9件，部分公开2件，不予公开1件，无法提供3件。${para}` },
      { kind: 'heading', level: 2, text: '（二）政府信息管理' },
      { kind: 'paragraph', text: para },
      {
        kind: 'table',
        caption: '主动公开政府信息情况',
        columns: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        columnWidths: [3, 1, 1, 1],
        rows: Array.from({ length: 14 }, (_, i) => [`第${i + 1}类 规章及行政规范性文件`, i * 3, i % 2, 40 - i]),
      },
      { kind: 'paragraph', text: para },
    );
  }
  blocks.push({ kind: 'heading', level: 1, text: '存在的主要问题及改进情况' }, { kind: 'paragraph', text: para });
  return {
    title: '某某镇人民政府2026年政府信息公开\n工作年度报告',
    recipients: '县人民政府办公室',
    blocks,
    attachments: ['收到和处理政府信息公开申请情况统计表', '政府信息公开行政复议、行政诉讼情况统计表。'],
    issuer: '某某镇人民政府',
    date: '2026-11-27',
    language: 'zh',
  };
}
