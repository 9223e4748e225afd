import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from './credit-code.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts real codes', () => {
    // The example of GB 32100-2015 itself.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('computes the check character, 31 giving 0', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    // Find a body whose sum is ≡ 0 (mod 31): the check value 31 is written 0.
    const zeroBody = '00000000000000000';
    expect(creditCodeCheckChar(zeroBody)).toBe('0');
    expect(isValidCreditCode(`${zeroBody}0`)).toBe(true);
  });

  it('refuses a wrong check character, a forbidden letter, a wrong length, lower case', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
    expect(creditCodeCheckChar('9135010')).toBeNull();
  });
});
