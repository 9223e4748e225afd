import { AlignmentType, Footer, LineRuleType, PageNumber, TextRun } from 'docx';
import { fontSlots, paragraph } from './docx-runs.ts';
import { FONT_PAGE_NUMBER, FOOTER_LINE, PAGE_NUMBER_INSET, SIZE_4HAO } from './gbt9704.ts';

/**
 * GB/T 9704-2012 7.5: 页码一般用4号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数字左右
 * 各放一条一字线 ("— 1 —")；单页码居右空一字，双页码居左空一字.
 * Word puts the `default` footer on odd pages once evenAndOddHeaders is on.
 */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: footer('odd'), even: footer('even') };
}

function footer(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      paragraph({
        offGrid: true,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fontSlots(FONT_PAGE_NUMBER),
            size: SIZE_4HAO,
            sizeComplexScript: SIZE_4HAO,
          }),
        ],
      }),
    ],
  });
}
