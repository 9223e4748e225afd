import { SECTION_TITLES, TABLE2_LAYOUTS, TABLE3_LAYOUT, TABLE4_LAYOUT, type PublishedReport } from '@yifa/domain/disclosure-report';
import type { DocBlock, OfficialDocument, SpanSheet } from '../../platform/documents/index.ts';
import { spanTable, type SpanTableLayout } from './report-layout.ts';

/** 发文机关: a 街道 reports as its 办事处, a 乡 / 镇 as its people's government. */
export function issuerOf(townshipName: string): string {
  const name = townshipName.replace(/^【演示】/, '');
  return /街道$/.test(name) ? `${name}办事处` : `${name}人民政府`;
}

export function reportTitle(r: Pick<PublishedReport, 'townshipName' | 'year'>): string {
  return `${issuerOf(r.townshipName)}\n${r.year}年政府信息公开工作年度报告`;
}

/** The title on one line: the file name of an export, the public page's title. */
export function reportFileTitle(r: Pick<PublishedReport, 'townshipName' | 'year'>): string {
  return reportTitle(r).replace('\n', '');
}

/** The preamble most reports open with: legal basis, the six parts, the statistical period. */
export function preamble(year: number): string {
  return `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
}

const block = (t: SpanTableLayout): DocBlock => ({
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
      { kind: 'heading', level: 1, text: SECTION_TITLES.overview },
      { kind: 'paragraph', text: r.narrative.overview },
      { kind: 'heading', level: 1, text: SECTION_TITLES.table2 },
      ...TABLE2_LAYOUTS.map((l) => block(spanTable(l, r))),
      { kind: 'heading', level: 1, text: SECTION_TITLES.table3 },
      block(spanTable(TABLE3_LAYOUT, r)),
      { kind: 'heading', level: 1, text: SECTION_TITLES.table4 },
      block(spanTable(TABLE4_LAYOUT, r)),
      { kind: 'heading', level: 1, text: SECTION_TITLES.problems },
      { kind: 'paragraph', text: r.narrative.problems },
      { kind: 'heading', level: 1, text: SECTION_TITLES.other },
      { kind: 'paragraph', text: r.narrative.other },
    ],
    issuer: issuerOf(r.townshipName),
    date,
  };
}

/** The report's tables as a workbook: tables 2, 3 and 4 of the format, one sheet each, merged cells as printed. */
export function reportWorkbook(r: PublishedReport): SpanSheet[] {
  const title = (s: string) => `${reportFileTitle(r)} — ${s}`;
  return [
    { name: '主动公开', title: title(SECTION_TITLES.table2), tables: TABLE2_LAYOUTS.map((l) => spanTable(l, r)) },
    { name: '依申请公开', title: title(SECTION_TITLES.table3), tables: [spanTable(TABLE3_LAYOUT, r)] },
    { name: '复议诉讼', title: title(SECTION_TITLES.table4), tables: [spanTable(TABLE4_LAYOUT, r)] },
  ];
}
