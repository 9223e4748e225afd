import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, toChineseNumeral } from './chinese-numeral.ts';

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [999, '九百九十九'],
  ])('%i → %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
    expect(fromChineseNumeral(text)).toBe(n);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(fromChineseNumeral('一十一')).toBeUndefined();
  });
});
