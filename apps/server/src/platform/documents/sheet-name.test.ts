import { describe, expect, it } from 'vitest';
import { sanitizeSheetName, sanitizeSheetNames } from './sheet-name.ts';

describe('sanitizeSheetName', () => {
  it('replaces the characters Excel forbids', () => {
    expect(sanitizeSheetName('2026年[上半年]: 统计/汇总?*\\')).toBe('2026年_上半年__ 统计_汇总___');
  });

  it('cuts names to 31 characters, counting a Chinese character as one', () => {
    const long = '某某县某某镇人民政府2026年度政府信息公开工作年度报告统计表附表一';
    const safe = sanitizeSheetName(long);
    expect(safe).toHaveLength(31);
    expect(long.startsWith(safe)).toBe(true);
  });

  it('does not split a surrogate pair at the limit', () => {
    const safe = sanitizeSheetName(`${'a'.repeat(30)}𠀀`);
    expect(safe).toBe('a'.repeat(30));
  });

  it('handles empty, reserved and apostrophe names', () => {
    expect(sanitizeSheetName('  ')).toBe('Sheet');
    expect(sanitizeSheetName('History')).toBe('History_');
    expect(sanitizeSheetName("'引号'")).toBe('’引号’');
  });

  it('keeps names unique regardless of case, within the length limit', () => {
    expect(sanitizeSheetNames(['统计', '统计', 'Data', 'DATA', '统计'])).toEqual(['统计', '统计 (2)', 'Data', 'DATA (2)', '统计 (3)']);
    const long = 'x'.repeat(40);
    const [a, b] = sanitizeSheetNames([long, long]);
    expect(a).toHaveLength(31);
    expect(b).toBe(`${'x'.repeat(27)} (2)`);
  });
});
