/**
 * Geometry and type of GB/T 9704-2012 《党政机关公文格式》, in Word's units.
 * Word measures lengths in twips (1/20 pt, 1440 per inch) and font sizes in half-points.
 */

/**
 * Millimetres to twips, rounded to the nearest twip. docx's own helper truncates, which makes
 * the 37 mm top margin 1 twip short (see stack-notes).
 */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** 5.1: A4, 210 mm × 297 mm. */
export const PAGE_WIDTH = mmToTwip(210); // 11906
export const PAGE_HEIGHT = mmToTwip(297); // 16838

/**
 * 5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm; so the bottom margin is
 * 297 − 37 − 225 = 35 mm and the right margin 210 − 28 − 156 = 26 mm.
 */
export const MARGIN_TOP = mmToTwip(37); // 2098
export const MARGIN_BOTTOM = mmToTwip(35); // 1984
export const MARGIN_LEFT = mmToTwip(28); // 1587
export const MARGIN_RIGHT = mmToTwip(26); // 1474

export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT; // 8845 ≈ 156 mm
export const TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM; // 12756 ≈ 225 mm

/** 5.2.3: 一般每面排22行，每行排28个字，并撑满版心. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Font sizes in half-points (Chinese 字号: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt, 小四 = 12 pt). */
export const SIZE_2HAO = 44;
export const SIZE_3HAO = 32;
export const SIZE_4HAO = 28;
export const SIZE_XIAO4 = 24;

/**
 * Line pitch: the largest whole number of twips with 22 lines inside the 225 mm text height
 * (22 × 579 = 12738 ≤ 12756; 580 would leave room for only 21). 579 twips = 28.95 pt, the
 * value Word templates for 公文 use. Every paragraph also gets this as an exact line spacing,
 * so the page holds 22 lines whatever the font's own line height is.
 */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE); // 579

/**
 * Character pitch: 28 characters of 3号 (16 pt = 320 twips each = 8960) are wider than the
 * 8845-twip text width, so the grid squeezes every character to 8845 / 28 ≈ 315.9 twips.
 * Word's w:charSpace is (pitch − size of the Normal font) in points × 4096, rounded down so that
 * 28 characters still fit: (15.7946 − 16) × 4096 = −841.3 → −842.
 */
export const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE; // ≈ 315.9 twips
export const CHAR_SPACE = Math.floor((CHAR_PITCH / 20 - SIZE_3HAO / 2) * 4096); // -842

/** 5.2.2 and 7.3: the font families Word/WPS look up by name (eastAsia slot). */
export const FONT_TITLE = '方正小标宋简体';
export const FONT_BODY = '仿宋_GB2312';
export const FONT_HEADING_1 = '黑体';
export const FONT_HEADING_2 = '楷体_GB2312';
export const FONT_PAGE_NUMBER = '宋体';

/**
 * 7.5: the page number's 一字线 sits 7 mm below the text block. We read that as the top of the
 * footer line; Word's footer distance is measured from the page edge to the bottom of the footer,
 * so footer = 35 mm − 7 mm − one 4号 line (exact 14 pt).
 */
export const FOOTER_LINE = SIZE_4HAO * 10; // 280 twips = 14 pt, exact line height of the page number
export const FOOTER_DISTANCE = mmToTwip(35 - 7) - FOOTER_LINE; // 1307
/** 7.5: 单页码居右空一字，双页码居左空一字 — one 4号 character. */
export const PAGE_NUMBER_INSET = SIZE_4HAO * 10; // 280
/** No header is used; Word still wants a header distance. */
export const HEADER_DISTANCE = mmToTwip(15);
