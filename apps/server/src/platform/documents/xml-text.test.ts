import { describe, expect, it } from 'vitest';
import { xmlSafe } from './xml-text.ts';

describe('xmlSafe', () => {
  it('drops characters XML 1.0 cannot carry and keeps the rest', () => {
    expect(xmlSafe('a\u0000b\u0007c\u000bd\u001fe\ufffef')).toBe('abcdef');
    expect(xmlSafe('表\t格\n行\r')).toBe('表\t格\n行\r');
    expect(xmlSafe('𠀀字')).toBe('𠀀字');
    expect(xmlSafe('x\ud800y\udc00z')).toBe('xyz');
  });
});
