import { describe, expect, it } from 'vitest';
import { formatIssueDate, signatureIndents, widthInChars } from './signature-layout.ts';

describe('formatIssueDate (GB/T 9704-2012 7.3.5.4)', () => {
  it('writes the full year and no leading zeros', () => {
    expect(formatIssueDate('2026-11-27')).toBe('2026年11月27日');
    expect(formatIssueDate('2026-01-05')).toBe('2026年1月5日');
  });

  it('rejects other formats and impossible dates', () => {
    expect(() => formatIssueDate('2026-1-5')).toThrow(TypeError);
    expect(() => formatIssueDate('2026-02-29')).toThrow(TypeError);
    expect(formatIssueDate('2028-02-29')).toBe('2028年2月29日');
  });
});

describe('signatureIndents (GB/T 9704-2012 7.3.5.2)', () => {
  it('counts digits as half a character', () => {
    expect(widthInChars('2026年11月27日')).toBe(7);
    expect(widthInChars('某某镇人民政府')).toBe(7);
  });

  it('keeps the issuer 2 characters from the right when it is long enough', () => {
    // issuer 12 字, date 7 字: the date starts 2 字 right of the issuer's first character
    const issuer = '某某县某某镇人民政府办公室';
    const i = signatureIndents(issuer.slice(0, 12), '2026年11月27日');
    expect(i).toEqual({ issuer: 2, date: 5 });
    expect(i.issuer + 12 - 2).toBe(i.date + 7);
  });

  it('puts a longer date 2 characters from the right and moves the issuer left', () => {
    expect(signatureIndents('某某镇政府', '2026年11月27日')).toEqual({ issuer: 6, date: 2 });
  });

  it('uses 2 characters for a lone issuer or date', () => {
    expect(signatureIndents('某某镇人民政府', undefined)).toEqual({ issuer: 2, date: 2 });
    expect(signatureIndents(undefined, '2026年11月27日')).toEqual({ issuer: 2, date: 2 });
  });
});
