import { AlignmentType, LineRuleType, TextRun } from 'docx';
import type { IParagraphOptions, Paragraph } from 'docx';
import { CHAR_PITCH, FONT_BODY, LINE_PITCH, SIZE_3HAO } from './gbt9704.ts';
import { GbParagraph } from './gb-paragraph.ts';
import type { GbParagraphOptions } from './gb-paragraph.ts';
import { xmlSafe } from './xml-text.ts';

/**
 * The same family in every rFonts slot: Word and WPS choose a slot per character (eastAsia for
 * Chinese, ascii/hAnsi for digits and Latin letters, and for quotes such as “” unless hinted),
 * and GB/T 9704-2012 5.2.2 sets one font for all of an element's text.
 */
export function fontSlots(family: string) {
  return { ascii: family, hAnsi: family, eastAsia: family, cs: family };
}

export type RunStyle = {
  font?: string;
  /** Half-points. */
  size?: number;
  bold?: boolean;
};

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    font: fontSlots(style.font ?? FONT_BODY),
    size: style.size ?? SIZE_3HAO,
    sizeComplexScript: style.size ?? SIZE_3HAO,
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
  });
}

/** Twips for a number of 字 on the document grid (7.3.3: 左空二字 = chars(2)). */
export function chars(n: number): number {
  return Math.round(n * CHAR_PITCH);
}

/** Exact line spacing on the grid pitch: 22 lines per page whatever the font's metrics. */
export const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** Every paragraph of the document: exact line spacing on the grid pitch unless given; see GbParagraph. */
export function paragraph(options: GbParagraphOptions): Paragraph {
  return new GbParagraph({ spacing: EXACT_LINE, ...options });
}

/** A body paragraph of 7.3.3: 每个自然段左空二字，回行顶格; justified like printed Chinese text. */
export function bodyParagraph(children: TextRun[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: chars(2), firstLineChars: 200 },
    children,
    ...extra,
  });
}

/** "空一行": an empty line of the grid. */
export function blankLine(): Paragraph {
  return paragraph({ children: [run('')] });
}
