import { describe, expect, it } from 'vitest';
import { isCarriedOver, isOpenAtYearEnd } from './carry-over.ts';

describe('carry-over (结转)', () => {
  it('is open at the year end when received by 31 December and closed after it (or not at all)', () => {
    expect(isOpenAtYearEnd({ receivedOn: '2025-12-31', closedOn: null }, 2025)).toBe(true);
    expect(isOpenAtYearEnd({ receivedOn: '2025-12-31', closedOn: '2026-01-01' }, 2025)).toBe(true);
    expect(isOpenAtYearEnd({ receivedOn: '2025-12-30', closedOn: '2025-12-31' }, 2025)).toBe(false);
    expect(isOpenAtYearEnd({ receivedOn: '2026-01-01', closedOn: null }, 2025)).toBe(false);
    expect(isOpenAtYearEnd({ receivedOn: null, closedOn: null }, 2025)).toBe(false);
  });

  it('flags a request only once the year of its receipt is over', () => {
    const open = { receivedOn: '2025-11-03', closedOn: null };
    expect(isCarriedOver(open, '2025-12-31')).toBe(false);
    expect(isCarriedOver(open, '2026-01-01')).toBe(true);
    expect(isCarriedOver({ receivedOn: '2025-11-03', closedOn: '2026-01-05' }, '2026-02-01')).toBe(true);
    expect(isCarriedOver({ receivedOn: '2025-11-03', closedOn: '2025-12-31' }, '2026-02-01')).toBe(false);
  });
});
