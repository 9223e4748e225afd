import { AlignmentType, Document, DocumentGridType, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import { EXACT_LINE, blankLine, bodyParagraph, chars, fontSlots, paragraph, run } from './docx-runs.ts';
import { docxSpanTable, docxTable } from './docx-table.ts';
import {
  CHAR_SPACE,
  FONT_BODY,
  FONT_HEADING_1,
  FONT_HEADING_2,
  FONT_TITLE,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  LINE_PITCH,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SIZE_2HAO,
  SIZE_3HAO,
} from './gbt9704.ts';
import { HeadingNumberer } from './heading-numbering.ts';
import type { HeadingLevel } from './heading-numbering.ts';
import type { DocBlock, OfficialDocument } from './official-document.ts';
import { pageNumberFooters } from './page-number-footer.ts';
import { formatIssueDate, signatureIndents } from './signature-layout.ts';

/**
 * GB/T 9704-2012 7.3.3: 一般第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字标注.
 * Level 3 is bold as local 公文 rules (and the brief) ask, so it stands out from body text.
 */
const HEADING_FONT: Record<HeadingLevel, { font: string; bold: boolean }> = {
  1: { font: FONT_HEADING_1, bold: false },
  2: { font: FONT_HEADING_2, bold: false },
  3: { font: FONT_BODY, bold: true },
  4: { font: FONT_BODY, bold: false },
};

type Child = Paragraph | Table;

const NORMAL_RUN = {
  font: fontSlots(FONT_BODY),
  size: SIZE_3HAO,
  sizeComplexScript: SIZE_3HAO,
  language: { value: 'zh-CN', eastAsia: 'zh-CN' },
} as const;

/**
 * Renders an official document as .docx in the GB/T 9704-2012 layout: the 主体 part of the
 * standard (title, recipients, body, attachments note, issuer and date) plus page numbers.
 * The 版头 (red 发文机关标志 and separator) and 版记 are not drawn: reports go out on paper
 * or as attachments without them.
 */
export async function renderOfficialDocx(doc: OfficialDocument): Promise<Buffer> {
  const children: Child[] = [
    ...frontMatter(doc),
    ...bodyBlocks(doc.blocks),
    ...attachmentNote(doc.attachments ?? []),
    ...signature(doc.issuer, doc.date),
  ];
  const document = new Document({
    title: doc.title.replace(/\s*\n\s*/gu, ''),
    creator: 'Yifa',
    // 7.5: single and double pages carry their numbers on opposite sides.
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: NORMAL_RUN, paragraph: { spacing: EXACT_LINE } } },
      // The grid's w:charSpace is relative to the Normal style's font size. Word falls back to the
      // document defaults, LibreOffice reads only the Normal style (else 12 pt, and 3号 characters
      // then take two grid cells each), so the Normal style carries 3号 仿宋 itself.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run: NORMAL_RUN, paragraph: { spacing: EXACT_LINE } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN_TOP,
              bottom: MARGIN_BOTTOM,
              left: MARGIN_LEFT,
              right: MARGIN_RIGHT,
              header: HEADER_DISTANCE,
              footer: FOOTER_DISTANCE,
              gutter: 0,
            },
          },
          // 5.2.3: 22 lines of 28 characters.
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: pageNumberFooters(),
        children: children.length > 0 && children.at(-1) instanceof Paragraph ? children : [...children, blankLine()],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function frontMatter(doc: OfficialDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.docNumber) {
    // 7.2.5: 发文字号居中排布; without the 版头 it opens the page, a line above the title.
    out.push(centred([run(doc.docNumber)]), blankLine());
  }
  // 7.3.1: 标题一般用2号小标宋体字，分一行或多行居中排布.
  const lines = doc.title
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) throw new TypeError('an official document needs a title');
  out.push(
    paragraph({
      offGrid: true,
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: lines.flatMap((line, i) => [
        ...(i > 0 ? [new TextRun({ break: 1 })] : []),
        run(line, { font: FONT_TITLE, size: SIZE_2HAO }),
      ]),
    }),
  );
  // 7.3.2: 主送机关编排于标题下空一行位置，居左顶格，最后一个机关名称后标全角冒号.
  out.push(blankLine());
  if (doc.recipients) {
    const text = doc.recipients.trim().replace(/[:：]?$/u, '：');
    out.push(paragraph({ alignment: AlignmentType.JUSTIFIED, children: [run(text)] }));
  }
  return out;
}

function centred(children: TextRun[], extra: { keepNext?: boolean } = {}): Paragraph {
  return paragraph({ alignment: AlignmentType.CENTER, children, ...extra });
}

function bodyBlocks(blocks: DocBlock[]): Child[] {
  const out: Child[] = [];
  const numberer = new HeadingNumberer();
  // A page break is carried to the next paragraph as w:pageBreakBefore, so the new page does
  // not start with an empty line.
  let breakPending = false;
  const take = (): { pageBreakBefore?: true } => {
    if (!breakPending) return {};
    breakPending = false;
    return { pageBreakBefore: true };
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const { font, bold } = HEADING_FONT[block.level];
        const text = numberer.next(block.level, block.text);
        // 7.3.3: structure headings are paragraphs too, 左空二字; keepNext keeps a heading off
        // the last line of a page, outlineLevel puts it in Word/WPS's navigation pane.
        out.push(bodyParagraph([run(text, { font, bold })], { keepNext: true, outlineLevel: block.level - 1, ...take() }));
        break;
      }
      case 'paragraph':
        for (const text of block.text.split('\n')) {
          if (text.trim().length === 0) continue;
          out.push(bodyParagraph([run(text.trim())], take()));
        }
        break;
      case 'table':
      case 'spanTable':
        if (block.caption) {
          out.push(centred([run(block.caption, { bold: true })], { keepNext: true, ...take() }));
        } else if (breakPending) {
          out.push(paragraph({ children: [new PageBreak()] }));
          breakPending = false;
        }
        out.push(block.kind === 'table' ? docxTable(block) : docxSpanTable(block));
        break;
      case 'pageBreak':
        breakPending = true;
        break;
    }
  }
  return out;
}

/**
 * 7.3.4: 在正文下空一行左空二字编排"附件"二字，后标全角冒号和附件名称。如有多个附件，使用阿拉伯
 * 数字标注附件顺序号（如"附件：1.XXXXX"）；附件名称后不加标点符号。附件名称较长需回行时，
 * 应当与上一行附件名称的首字对齐.
 */
function attachmentNote(names: string[]): Paragraph[] {
  const clean = names.map((n) => n.trim().replace(/[。．.，,；;：:、]+$/u, '')).filter((n) => n.length > 0);
  if (clean.length === 0) return [];
  const out: Paragraph[] = [blankLine()];
  if (clean.length === 1) {
    // "附件：" is 3 字 after the 2-字 indent; wrapped lines align with the name at 5 字.
    out.push(note(`附件：${clean[0]}`, 5, 3));
    return out;
  }
  clean.forEach((name, i) => {
    // "1." is about one 字 (two half-width characters); names align at 6 字, numbers at 5 字.
    out.push(i === 0 ? note(`附件：${i + 1}.${name}`, 6, 4) : note(`${i + 1}.${name}`, 6, 1));
  });
  return out;
}

function note(text: string, leftChars: number, hangingChars: number): Paragraph {
  return paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: chars(leftChars), hanging: chars(hangingChars) },
    children: [run(text)],
  });
}

/** 7.3.5.2 (不加盖印章的公文): see signatureIndents for the right indents. */
function signature(issuer: string | undefined, date: string | undefined): Paragraph[] {
  const issuerText = issuer?.trim() || undefined;
  const dateText = date === undefined ? undefined : formatIssueDate(date);
  if (issuerText === undefined && dateText === undefined) return [];
  const indents = signatureIndents(issuerText, dateText);
  const line = (text: string, rightChars: number) =>
    paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(rightChars) }, children: [run(text)] });
  return [
    blankLine(),
    ...(issuerText === undefined ? [] : [line(issuerText, indents.issuer)]),
    ...(dateText === undefined ? [] : [line(dateText, indents.date)]),
  ];
}
