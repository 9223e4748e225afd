const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九, 100 → 一百, 105 → 一百零五.
 * Structure numbers (一、（一）) in official documents never go near a thousand.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) {
    throw new RangeError(`toChineseNumeral supports 1..999, got ${n}`);
  }
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds > 0) out += `${DIGITS[hundreds]}百`;
  if (tens > 0) {
    // 十一 not 一十一 on its own, but 一百一十一 after hundreds.
    out += tens === 1 && hundreds === 0 ? '十' : `${DIGITS[tens]}十`;
  } else if (hundreds > 0 && ones > 0) {
    out += '零';
  }
  if (ones > 0) out += DIGITS[ones];
  return out;
}

/** Inverse of toChineseNumeral; undefined when the text is not such a numeral. */
export function fromChineseNumeral(text: string): number | undefined {
  for (let n = 1; n <= 999; n++) {
    if (toChineseNumeral(n) === text) return n;
  }
  return undefined;
}
