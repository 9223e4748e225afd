import { describe, expect, it } from 'vitest';
import { YEAR_2025, YEAR_2026 } from '../calendar/official-years.fixture.ts';
import { createCalendar } from '../calendar/working-day-calendar.ts';
import { STATUTORY_CATALOG } from './statutory-catalogue.ts';
import { publicationTiming } from './timing.ts';

const cal = createCalendar([YEAR_2025, YEAR_2026]);

describe('publication time limit (条例第二十六条)', () => {
  it('skips the 2026 Spring Festival and counts the make-up Saturdays', () => {
    // Formed 2026-02-10; 20 WD → 2026-03-16 (the platform's reference example).
    const t = publicationTiming(cal, { formedOn: '2026-02-10', timeLimitDays: 20, publishedOn: '2026-03-16' });
    expect(t.dueDate).toBe('2026-03-16');
    expect(t.isLate).toBe(false);
    expect(t.workingDaysLate).toBe(0);
    expect(t.explanation.textZh).toContain('2026');
  });

  it('one working day after the due date is late by 1', () => {
    const t = publicationTiming(cal, { formedOn: '2026-02-10', timeLimitDays: 20, publishedOn: '2026-03-17' });
    expect(t).toMatchObject({ isLate: true, workingDaysLate: 1 });
  });

  it('crosses New Year 2025/2026 and National Day 2025', () => {
    // Formed Wed 2025-12-24; 3 WD: 25, 26, 29 Dec → 2025-12-29.
    expect(publicationTiming(cal, { formedOn: '2025-12-24', timeLimitDays: 3, publishedOn: null }).dueDate).toBe('2025-12-29');
    // Formed Tue 2025-12-30; 3 WD: 31 Dec, (1–3 Jan holiday), Sun 4 Jan (make-up workday), Mon 5 Jan.
    const ny = publicationTiming(cal, { formedOn: '2025-12-30', timeLimitDays: 3, publishedOn: '2026-01-08' });
    expect(ny.dueDate).toBe('2026-01-05');
    expect(ny).toMatchObject({ isLate: true, workingDaysLate: 3 });
    // Formed 2025-09-30; the 1–8 October break is skipped, make-up Saturday 2025-10-11 counts.
    const nd = publicationTiming(cal, { formedOn: '2025-09-30', timeLimitDays: 3, publishedOn: '2025-10-11' });
    expect(nd.dueDate).toBe('2025-10-11');
    expect(nd.isLate).toBe(false);
  });

  it('publishing on a rest day after the due date is late (at least one day)', () => {
    // Due Fri 2026-03-20 (formed 2026-03-17, 3 WD); published Sat 2026-03-21.
    const t = publicationTiming(cal, { formedOn: '2026-03-17', timeLimitDays: 3, publishedOn: '2026-03-21' });
    expect(t.dueDate).toBe('2026-03-20');
    expect(t).toMatchObject({ isLate: true, workingDaysLate: 1 });
  });

  it('not yet published: a due date, no lateness yet', () => {
    expect(publicationTiming(cal, { formedOn: '2026-06-01', timeLimitDays: 20, publishedOn: null })).toMatchObject({
      isLate: null,
      workingDaysLate: null,
    });
  });

  it('a 2027 date rests on plain weekends: provisional', () => {
    expect(publicationTiming(cal, { formedOn: '2026-12-20', timeLimitDays: 20, publishedOn: null }).isProvisional).toBe(true);
  });
});

describe('statutory catalogue', () => {
  it('has the 15 items of Art. 20 and the eight township items of Art. 21, 20 working days each', () => {
    expect(STATUTORY_CATALOG.filter((i) => i.code.startsWith('art20-'))).toHaveLength(15);
    expect(STATUTORY_CATALOG.filter((i) => i.code.startsWith('art21-'))).toHaveLength(8);
    expect(new Set(STATUTORY_CATALOG.map((i) => i.code)).size).toBe(23);
    expect(STATUTORY_CATALOG.every((i) => i.timeLimitDays === 20)).toBe(true);
    expect(STATUTORY_CATALOG[14]!.legalBasis).toBe('《政府信息公开条例》第二十条第（十五）项');
    expect(STATUTORY_CATALOG[22]!.legalBasis).toBe('《政府信息公开条例》第二十一条第（八）项');
  });
});
