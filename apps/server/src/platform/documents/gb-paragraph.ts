import { Paragraph } from 'docx';
import type { IContext, IParagraphOptions, IXmlableObject } from 'docx';

/**
 * The children of w:pPr in the order of CT_PPr (ECMA-376 Part 1, 17.3.1.26). Word rejects a
 * paragraph whose properties are out of schema order, so the elements added here are sorted in.
 */
const PPR_ORDER = [
  'w:pStyle',
  'w:keepNext',
  'w:keepLines',
  'w:pageBreakBefore',
  'w:framePr',
  'w:widowControl',
  'w:numPr',
  'w:suppressLineNumbers',
  'w:pBdr',
  'w:shd',
  'w:tabs',
  'w:suppressAutoHyphens',
  'w:kinsoku',
  'w:wordWrap',
  'w:overflowPunct',
  'w:topLinePunct',
  'w:autoSpaceDE',
  'w:autoSpaceDN',
  'w:bidi',
  'w:adjustRightInd',
  'w:snapToGrid',
  'w:spacing',
  'w:ind',
  'w:contextualSpacing',
  'w:mirrorIndents',
  'w:suppressOverlap',
  'w:jc',
  'w:textDirection',
  'w:textAlignment',
  'w:textboxTightWrap',
  'w:outlineLvl',
  'w:divId',
  'w:cnfStyle',
  'w:rPr',
  'w:sectPr',
  'w:pPrChange',
];
const rank = (node: unknown): number => {
  const name = typeof node === 'object' && node !== null ? (Object.keys(node)[0] ?? '') : '';
  const i = PPR_ORDER.indexOf(name);
  return i === -1 ? PPR_ORDER.length : i;
};

export type GbParagraphOptions = IParagraphOptions & {
  /**
   * w:snapToGrid off. The grid's 28-character pitch is made for 3号 text: the 2号 title, the 小四
   * table cells and the 4号 page number would be spread over whole grid cells (Word's
   * "如果定义了文档网格，则对齐到网格", unticked).
   */
  offGrid?: boolean;
};

/**
 * A paragraph with two properties docx 9 cannot write in schema order:
 * - w:autoSpaceDE/DN off, always: no automatic space between Chinese text and Latin letters or
 *   digits, so "2026年11月27日" is set solid as in the standard's examples, and the date is as
 *   wide as the layout of GB/T 9704-2012 7.3.5.2 assumes;
 * - w:snapToGrid off when offGrid is set.
 */
export class GbParagraph extends Paragraph {
  private readonly offGrid: boolean;

  constructor(options: GbParagraphOptions) {
    const { offGrid, ...rest } = options;
    super(rest);
    this.offGrid = offGrid === true;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children: unknown = xml?.['w:p'];
    if (!Array.isArray(children)) return xml;
    const added: object[] = [
      { 'w:autoSpaceDE': { _attr: { 'w:val': '0' } } },
      { 'w:autoSpaceDN': { _attr: { 'w:val': '0' } } },
      ...(this.offGrid ? [{ 'w:snapToGrid': { _attr: { 'w:val': '0' } } }] : []),
    ];
    const holder = children.find((c): c is { 'w:pPr': unknown } => typeof c === 'object' && c !== null && 'w:pPr' in c);
    if (holder === undefined) {
      children.unshift({ 'w:pPr': added });
      return xml;
    }
    const own = Array.isArray(holder['w:pPr']) ? (holder['w:pPr'] as unknown[]) : [];
    holder['w:pPr'] = [...own, ...added].sort((a, b) => rank(a) - rank(b));
    return xml;
  }
}
