import { dayInfo, type CalendarYear } from '@yifa/domain/calendar';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit/write-audit.ts';
import { listenForChanges } from '../auth/auth-change-listener.ts';
import { connect, type Database } from '../db/client.ts';
import { calendarChanged, loadCalendar, loadCalendarToShow } from './calendar-service.ts';
import { CALENDAR_CHANGED_CHANNEL, replaceCalendarYear } from './repository.ts';
import { seedCalendar } from './seed-calendar.ts';
import { calendarYears } from './tables.ts';
import { CALENDAR_YEAR_DELETE_ACTION } from './use-cases/delete-calendar-year.ts';

let t: TestApp;
let other: Database; // a second pool on the same database: "another app process"

beforeAll(async () => {
  t = await createTestApp();
  other = connect(t.databaseUrl, 1);
});
afterAll(async () => {
  await other.close();
  await t.close();
});

const year = (y: number, holidays: string[], source: CalendarYear['source'] = 'chinese-days'): CalendarYear => ({
  year: y,
  source,
  status: 'official',
  notice: null,
  holidays: holidays.map((date) => ({ date, name: '元旦' })),
  makeUpWorkdays: [],
});

describe('loadCalendar', () => {
  it('is built from the seeded table and reused while nothing changed', async () => {
    const first = await loadCalendar(t.ctx.db);
    expect(first.officialYears).toContain(2026);
    expect(first.officialYears).not.toContain(2027);
    expect(await loadCalendar(t.ctx.db)).toBe(first);
  });

  it('sees a change made by another process at the next load', async () => {
    const before = await loadCalendar(t.ctx.db);
    expect(dayInfo(before, '2033-01-03').isWorkingDay).toBe(true); // a Monday, year unknown
    await replaceCalendarYear(other.db, year(2033, ['2033-01-01', '2033-01-02', '2033-01-03']), null);
    const after = await loadCalendar(t.ctx.db);
    expect(after).not.toBe(before);
    expect(after.officialYears).toContain(2033);
    expect(dayInfo(after, '2033-01-03')).toMatchObject({ isWorkingDay: false, reason: 'holiday', isYearOfficial: true });
    await other.db.delete(calendarYears).where(eq(calendarYears.year, 2033));
    expect((await loadCalendar(t.ctx.db)).officialYears).not.toContain(2033);
  });

  it('sees its own transaction\u2019s edit, and forgets it after a rollback', async () => {
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await replaceCalendarYear(tx, year(2034, ['2034-01-02']), null);
        expect((await loadCalendar(tx)).officialYears).toContain(2034);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect((await loadCalendar(t.ctx.db)).officialYears).not.toContain(2034);
  });
});

describe('loadCalendarToShow', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads nothing again within a second, re-checks after it, and at once after this process changed the calendar', async () => {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const shown = await loadCalendarToShow(t.ctx.db);
    // Another process enters 2041: not re-read within the second, seen after it (that process's bound).
    await replaceCalendarYear(other.db, year(2041, ['2041-01-01']), null);
    now += 999;
    expect(await loadCalendarToShow(t.ctx.db)).toBe(shown);
    now += 2;
    expect((await loadCalendarToShow(t.ctx.db)).officialYears).toContain(2041);
    // This process's own change path says so: re-checked at once, within the same instant.
    await other.db.delete(calendarYears).where(eq(calendarYears.year, 2041));
    expect((await loadCalendarToShow(t.ctx.db)).officialYears).toContain(2041);
    calendarChanged();
    expect((await loadCalendarToShow(t.ctx.db)).officialYears).not.toContain(2041);
  });
});

describe('the calendar change announcement', () => {
  it('reaches a listening process once committed, which then re-checks the calendar it shows', async () => {
    let heard = 0;
    const listener = await listenForChanges(t.databaseUrl, {
      [CALENDAR_CHANGED_CHANNEL]: () => {
        heard += 1;
        calendarChanged();
      },
    });
    try {
      // The clock stands still while the shown calendar is read: only the announcement can make it re-check.
      const frozen = Date.now();
      const showFrozen = async () => {
        vi.spyOn(Date, 'now').mockImplementation(() => frozen);
        try {
          return await loadCalendarToShow(t.ctx.db);
        } finally {
          vi.restoreAllMocks();
        }
      };
      expect((await showFrozen()).officialYears).not.toContain(2042);
      const before = heard;
      await replaceCalendarYear(other.db, year(2042, ['2042-01-01']), null);
      await vi.waitFor(() => expect(heard).toBe(before + 1), { timeout: 10_000, interval: 20 });
      expect((await showFrozen()).officialYears).toContain(2042);
    } finally {
      await listener.stop();
      await other.db.delete(calendarYears).where(eq(calendarYears.year, 2042));
    }
  });
});

describe('seedCalendar (reference seeder)', () => {
  it('inserts only missing years, never overwrites a stored one, never revives a deleted one', async () => {
    // An administrator's correction of 2035, and an administrator's deletion of 2036.
    await replaceCalendarYear(t.ctx.db, year(2035, ['2035-01-01'], 'manual'), null);
    await writeAudit(t.ctx.db, SYSTEM_ACTOR, { action: CALENDAR_YEAR_DELETE_ACTION, entityType: 'calendarYear', entityId: '2036' });
    const source = () => [year(2035, ['2035-01-01', '2035-01-02']), year(2036, ['2036-01-01']), year(2037, ['2037-01-01'])];

    expect(await seedCalendar(t.ctx.db, source)).toEqual([2037]);
    const cal = await loadCalendar(t.ctx.db);
    expect(cal.years.find((y) => y.year === 2035)).toMatchObject({ source: 'manual', holidays: [{ date: '2035-01-01', name: '元旦' }] });
    expect(cal.officialYears).not.toContain(2036);
    expect(cal.officialYears).toContain(2037);
    expect(await seedCalendar(t.ctx.db, source)).toEqual([]); // idempotent
  });

  it('confirms a year it seeded before years had a status, once its notice is on record and its days unchanged', async () => {
    const seededBefore = { ...year(2039, ['2039-01-01']), status: 'provisional' as const };
    await replaceCalendarYear(t.ctx.db, seededBefore, null);
    await replaceCalendarYear(t.ctx.db, { ...year(2040, ['2040-01-01']), status: 'provisional' as const }, null);
    const confirmed = { ...year(2039, ['2039-01-01']), notice: '国办发明电〔2038〕1号', noticeDate: '2038-11-01' };
    // 2040: the package's days differ from the stored ones, so it is left alone.
    const source = () => [
      confirmed,
      { ...year(2040, ['2040-01-01', '2040-01-02']), notice: '国办发明电〔2039〕1号', noticeDate: '2039-11-01' },
    ];
    expect(await seedCalendar(t.ctx.db, source)).toEqual([]);
    const cal = await loadCalendar(t.ctx.db);
    expect(cal.officialYears).toContain(2039);
    expect(cal.years.find((y) => y.year === 2039)).toMatchObject({ notice: '国办发明电〔2038〕1号', noticeDate: '2038-11-01' });
    expect(cal.provisionalYears).toContain(2040);
  });

  it('seeded the template database from chinese-days (2004…2026)', async () => {
    const rows = await t.ctx.db.select({ year: calendarYears.year, source: calendarYears.source }).from(calendarYears);
    const seeded = rows.filter((r) => r.source === 'chinese-days').map((r) => r.year);
    expect(seeded).toEqual(expect.arrayContaining([2004, 2025, 2026]));
  });
});
