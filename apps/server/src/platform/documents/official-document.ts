/**
 * The input of the Word renderer: one official document (公文) laid out per GB/T 9704-2012
 * 《党政机关公文格式》. Reports (政府信息公开工作年度报告, study bulletins, the rule-of-law
 * annual report) build one of these and call renderOfficialDocx.
 */

/** 'YYYY-MM-DD', e.g. '2026-11-27'. */
export type IsoDate = string;

export type DocBlock =
  /**
   * Structure levels of 7.3.3: 1 = 一、 2 = （一） 3 = 1. 4 = （1）.
   * Give the text with its number ("一、总体情况") or without it ("总体情况"): a heading
   * whose text does not start with its level's number is numbered automatically.
   */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** One natural paragraph; a '\n' in the text starts a new paragraph. */
  | { kind: 'paragraph'; text: string }
  /**
   * columnWidths are relative weights (e.g. [1, 3, 1]) scaled to the 156 mm text width;
   * without them the columns share the width equally.
   */
  | {
      kind: 'table';
      caption?: string;
      columns: string[];
      rows: (string | number | null)[][];
      columnWidths?: number[];
    }
  /**
   * A statistical table with merged cells (e.g. the 政府信息公开 annual report's tables 3 and 4):
   * each row lists its cells left to right, a cell spanning columns (colSpan) or rows (rowSpan);
   * a cell covered by a rowSpan from above is left out of the rows below. The first headerRowCount
   * rows are the header (bold, repeated on every page).
   */
  | {
      kind: 'spanTable';
      caption?: string;
      columnWidths: number[];
      headerRowCount: number;
      rows: SpanCell[][];
    }
  | { kind: 'pageBreak' };

export type SpanCell = { text: string | number | null; colSpan?: number; rowSpan?: number; align?: 'left' | 'center' };

export type OfficialDocument = {
  /** 7.3.1; a '\n' breaks the title into lines (the standard wants a trapezoid or diamond shape). */
  title: string;
  /** 发文字号, e.g. '某政办发〔2026〕3号' (7.2.5). */
  docNumber?: string;
  /** 主送机关 (7.3.2); the full-width colon is added when missing. */
  recipients?: string;
  blocks: DocBlock[];
  /** 发文机关署名 (7.3.5). */
  issuer?: string;
  /** 成文日期 (7.3.5.4), written as 2026年11月27日. */
  date?: IsoDate;
  /** 附件说明 (7.3.4): names only, without numbers or trailing punctuation. */
  attachments?: string[];
  language?: 'zh';
};
