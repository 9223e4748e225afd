import { describe, expect, it } from 'vitest';
import { padDivisionCode, parseDivisionCode } from './division-code.ts';

describe('parseDivisionCode', () => {
  it.each([
    ['43', '43', 'province'],
    ['430000', '43', 'province'],
    ['430000000000', '43', 'province'],
    ['4309', '4309', 'city'],
    ['430900', '4309', 'city'],
    ['430900000000', '4309', 'city'],
    ['430903', '430903', 'county'],
    ['430903000000', '430903', 'county'],
    ['430903101', '430903101', 'township'],
    ['430903101000', '430903101', 'township'],
    ['430903101201', '430903101201', 'village'],
    [' 430903101 ', '430903101', 'township'],
    // 东莞 has no counties: its towns carry a zero county segment.
    ['441900003', '441900003', 'township'],
    ['441900003001', '441900003001', 'village'],
    ['441900', '4419', 'city'],
  ] as const)('%s → %s (%s)', (input, short, level) => {
    expect(parseDivisionCode(input)).toEqual({ short, code: short.padEnd(12, '0'), level });
  });

  it.each(['', '4', '430', '43090', '43090310', '4309031012', '4309031012010', '00', '000000000000', '43a9', '430012', '430003101', '-43'])(
    'rejects %j',
    (input) => {
      expect(parseDivisionCode(input)).toBeNull();
    },
  );
});

describe('padDivisionCode', () => {
  it('pads any level to 12 digits', () => {
    expect(padDivisionCode('43')).toBe('430000000000');
    expect(padDivisionCode('430903101')).toBe('430903101000');
    expect(padDivisionCode('430903101201')).toBe('430903101201');
  });
});
