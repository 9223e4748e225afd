import { type BodyOf, type calendarApi, type NoticePreview } from '@yifa/domain';
import { parseHolidayNotice } from '@yifa/domain/calendar';
import type { DbOrTx } from '../../db/client.ts';
import { presentConfirmation } from '../presenter.ts';
import { findCalendarYear } from '../repository.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof calendarApi.previewNotice>;

/**
 * Reads the pasted notice text into a year's schedule for the administrator to check (with the
 * parser's warnings and what would change against the stored year). Nothing is saved: the checked
 * schedule is then saved with PUT /calendar/years/:year (source 'notice-import').
 */
export async function previewNotice(db: DbOrTx, input: Input): Promise<NoticePreview> {
  const parsed = parseHolidayNotice(input.year, input.text);
  const stored = await findCalendarYear(db, input.year);
  let existing: NoticePreview['existing'] = null;
  if (stored) {
    const key = (kind: string, d: { date: string; name: string }) => [d.date, `${kind}:${d.name}`] as const;
    const oldDays = new Map([...stored.holidays.map((d) => key('off', d)), ...stored.makeUpWorkdays.map((d) => key('work', d))]);
    const newDays = new Map([...parsed.year.holidays.map((d) => key('off', d)), ...parsed.year.makeUpWorkdays.map((d) => key('work', d))]);
    existing = {
      source: stored.source,
      addedDates: [...newDays.keys()].filter((d) => !oldDays.has(d)).sort(),
      removedDates: [...oldDays.keys()].filter((d) => !newDays.has(d)).sort(),
      changedDates: [...newDays.keys()]
        .filter((d) => oldDays.has(d) && oldDays.get(d)?.split(':')[0] !== newDays.get(d)?.split(':')[0])
        .sort(),
    };
  }
  return {
    year: parsed.year.year,
    notice: parsed.year.notice ?? null,
    noticeDate: parsed.year.noticeDate ?? null,
    holidays: parsed.year.holidays,
    makeUpWorkdays: parsed.year.makeUpWorkdays,
    warnings: parsed.warnings,
    // What would keep it from being saved as official (the same check the save runs).
    confirmation: presentConfirmation(parsed.year, parsed.warnings),
    existing,
  };
}
