/**
 * Algebraic properties of the counting rules (architecture.md: property tests where a rule has an algebra).
 * Dates drawn from 2025‑01‑01…2026‑12‑31, the years with an official schedule in the fixture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute-deadline.ts';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-counting.ts';
import { addDays, daysBetween } from './iso-date.ts';
import { YEAR_2025, YEAR_2026 } from './official-years.fixture.ts';
import { createCalendar, dayInfo } from './working-day-calendar.ts';

const cal = createCalendar([YEAR_2025, YEAR_2026]);
const FIRST = '2025-01-01';
const SPAN = daysBetween(FIRST, '2026-12-31');
const arbDate = fc.integer({ min: 0, max: SPAN }).map((i) => addDays(FIRST, i));
const arbN = fc.integer({ min: 0, max: 60 });

describe('counting properties', () => {
  it('workingDaysBetween inverts addWorkingDays', () => {
    fc.assert(
      fc.property(arbDate, arbN, (start, n) => {
        const due = addWorkingDays(cal, start, n).dueDate;
        expect(workingDaysBetween(cal, start, due).days).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('the due date of n ≥ 1 working days is a working day, and the one before it is strictly earlier', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const due = addWorkingDays(cal, start, n).dueDate;
        expect(dayInfo(cal, due).isWorkingDay).toBe(true);
        expect(addWorkingDays(cal, start, n - 1).dueDate < due).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('calendar days: the due date is a working day and every day from the nominal last day to it is a rest day', () => {
    fc.assert(
      fc.property(arbDate, arbN, (start, n) => {
        const r = addCalendarDays(cal, start, n);
        expect(r.nominalLastDay).toBe(addDays(start, n));
        expect(dayInfo(cal, r.dueDate).isWorkingDay).toBe(true);
        for (let d = r.nominalLastDay; d < r.dueDate; d = addDays(d, 1)) expect(dayInfo(cal, d).isWorkingDay).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a pause of k working days before the due date moves it by exactly k working days', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 2, max: 60 }), fc.nat(), fc.nat(), (start, n, a, b) => {
        const base = addWorkingDays(cal, start, n).dueDate;
        // A pause [from, to] with start < from ≤ to < base.
        const room = daysBetween(start, base) - 1;
        fc.pre(room >= 1);
        const fromOffset = 1 + (a % room);
        const toOffset = fromOffset + (b % (room - fromOffset + 1));
        const from = addDays(start, fromOffset);
        const to = addDays(start, toOffset);
        const k = workingDaysBetween(cal, addDays(from, -1), to).days;

        const r = computeDeadline(cal, {
          basis: 'workingDays',
          days: n,
          startDate: start,
          pauses: [{ from, to, reasonZh: '征求第三方意见' }],
        });
        expect(r.dueDate).toBe(addWorkingDays(cal, base, k).dueDate);
        const pause = r.explanation.steps.find((s) => s.kind === 'pause');
        expect(pause).toMatchObject({ daysPaused: k, effect: 'counted' });
      }),
      { numRuns: 300 },
    );
  });

  it('any closed pause: due = remaining working days counted after the pause ends', () => {
    fc.assert(
      fc.property(
        arbDate,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 30 }),
        (start, n, f, len) => {
          const from = addDays(start, f);
          const to = addDays(from, len);
          const base = addWorkingDays(cal, start, n).dueDate;
          const r = computeDeadline(cal, { basis: 'workingDays', days: n, startDate: start, pauses: [{ from, to, reasonZh: '征求意见' }] });
          if (from > base) {
            expect(r.dueDate).toBe(base);
          } else {
            const before = workingDaysBetween(cal, start, addDays(from, -1)).days;
            expect(r.dueDate).toBe(addWorkingDays(cal, to, n - before).dueDate);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an extension of e working days equals a period of n + e', () => {
    fc.assert(
      fc.property(arbDate, arbN, fc.integer({ min: 1, max: 20 }), (start, n, e) => {
        const r = computeDeadline(cal, { basis: 'workingDays', days: n, startDate: start, extensions: [{ days: e, reasonZh: '延长' }] });
        expect(r.dueDate).toBe(addWorkingDays(cal, start, n + e).dueDate);
      }),
      { numRuns: 200 },
    );
  });
});
