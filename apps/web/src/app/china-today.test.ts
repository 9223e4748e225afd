import { describe, expect, it } from 'vitest';
import { chinaToday } from './china-today.ts';

describe('chinaToday', () => {
  it('is already tomorrow in China at 16:30 UTC, and the same day at 15:30 UTC', () => {
    expect(chinaToday(new Date('2026-11-27T16:30:00Z')).format('YYYY-MM-DD')).toBe('2026-11-28');
    expect(chinaToday(new Date('2026-11-27T15:30:00Z')).format('YYYY-MM-DD')).toBe('2026-11-27');
  });

  it('crosses a year end in China time', () => {
    expect(chinaToday(new Date('2026-12-31T16:00:00Z')).format('YYYY-MM-DD')).toBe('2027-01-01');
  });
});
