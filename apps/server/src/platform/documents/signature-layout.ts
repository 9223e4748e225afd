import type { IsoDate } from './official-document.ts';

/**
 * GB/T 9704-2012 7.3.5.4: 成文日期中的数字用阿拉伯数字将年、月、日标全，年份应标全称，
 * 月、日不编虚位（即1不编为01）. '2026-01-05' → '2026年1月5日'.
 */
export function formatIssueDate(date: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) {
    throw new TypeError(`issue date must be YYYY-MM-DD, got "${date}"`);
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new TypeError(`issue date is not a calendar date: "${date}"`);
  }
  return `${year}年${month}月${day}日`;
}

/**
 * Width of a text in 字 (one Chinese character): Latin letters and digits (as in "2026年")
 * count half; punctuation from U+2000 on (— “ ” …) is full width in Chinese fonts.
 */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code < 0x2000 || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1;
  }
  return width;
}

/**
 * GB/T 9704-2012 7.3.5.2 (公文不加盖印章): 发文机关署名右空二字; 成文日期在署名下一行，
 * 首字比署名首字右移二字; 如成文日期长于署名，成文日期右空二字，并相应增加署名右空字数.
 * Returns the right indents in 字 for the issuer line and the date line (both right-aligned).
 *
 * With issuer width I, date width D and right indents Ri, Rd: the date starts two characters
 * right of the issuer, Ri + I − 2 = Rd + D, and both indents are at least 2.
 */
export function signatureIndents(issuer: string | undefined, dateText: string | undefined): { issuer: number; date: number } {
  if (issuer === undefined || dateText === undefined) return { issuer: 2, date: 2 };
  const i = widthInChars(issuer);
  const d = widthInChars(dateText);
  const issuerIndent = Math.max(2, d + 4 - i);
  return { issuer: issuerIndent, date: issuerIndent + i - 2 - d };
}
