import type { DocBlock, OfficialDocument } from '../../platform/documents/index.ts';
import type { PublishedReport } from './published-report.ts';
import { SECTIONS, table2Layouts, table3Layout, table4Layout, type SpanTableLayout } from './report-layout.ts';

/** 发文机关: a 街道 reports as its 办事处, a 乡 / 镇 as its people's government. */
export function issuerOf(townshipName: string): string {
  const name = townshipName.replace(/^【演示】/, '');
  return /街道$/.test(name) ? `${name}办事处` : `${name}人民政府`;
}

export function reportTitle(r: Pick<PublishedReport, 'townshipName' | 'year'>): string {
  return `${issuerOf(r.townshipName)}\n${r.year}年政府信息公开工作年度报告`;
}

/** The preamble most reports open with: legal basis, the six parts, the statistical period. */
export function preamble(year: number): string {
  return `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
}

const span = (t: SpanTableLayout): DocBlock => ({
  kind: 'spanTable',
  columnWidths: t.columnWidths,
  headerRowCount: t.headerRowCount,
  rows: t.rows,
});

/** The report as an official document (GB/T 9704 layout), tables exactly as the national format. */
export function reportDocument(r: PublishedReport, date: string): OfficialDocument {
  return {
    title: reportTitle(r),
    blocks: [
      { kind: 'paragraph', text: preamble(r.year) },
      { kind: 'heading', level: 1, text: SECTIONS.overview },
      { kind: 'paragraph', text: r.narrative.overview },
      { kind: 'heading', level: 1, text: SECTIONS.table2 },
      ...table2Layouts(r.table2).map(span),
      { kind: 'heading', level: 1, text: SECTIONS.table3 },
      span(table3Layout(r.table3)),
      { kind: 'heading', level: 1, text: SECTIONS.table4 },
      span(table4Layout(r.table4)),
      { kind: 'heading', level: 1, text: SECTIONS.problems },
      { kind: 'paragraph', text: r.narrative.problems },
      { kind: 'heading', level: 1, text: SECTIONS.other },
      { kind: 'paragraph', text: r.narrative.other },
    ],
    issuer: issuerOf(r.townshipName),
    date,
  };
}
