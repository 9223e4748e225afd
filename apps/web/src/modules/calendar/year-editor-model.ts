import { isWeekend } from '@yifa/domain/calendar';
import { datesBetween, type DayEntry } from './calendar-model.ts';

/** The editor's rows as plain strings (the form holds dayjs values; see year-editor-modal.tsx). */
export interface EditorDays {
  holidays: { date: string | null; name: string }[];
  makeUpWorkdays: { date: string | null; name: string }[];
}

export type DayProblem = 'required' | 'outsideYear' | 'duplicate' | 'notWeekend' | 'conflict' | 'nameRequired';

/**
 * The checks of ZCalendarYear (packages/domain calendar/types.ts), per row, so the administrator sees
 * them on the field before the server refuses: a date inside the year, no day twice, a make-up
 * working day only on a Saturday or Sunday, no day both off and worked.
 */
export interface DayProblemAt {
  name: ['holidays' | 'makeUpWorkdays', number, 'date' | 'name'];
  problem: DayProblem;
}

export function checkDays(days: EditorDays, year: number): DayProblemAt[] {
  const problems: DayProblemAt[] = [];
  const off = new Set<string>();
  days.holidays.forEach((d, i) => {
    if (!d.date) problems.push({ name: ['holidays', i, 'date'], problem: 'required' });
    else if (!d.date.startsWith(`${year}-`)) problems.push({ name: ['holidays', i, 'date'], problem: 'outsideYear' });
    else if (off.has(d.date)) problems.push({ name: ['holidays', i, 'date'], problem: 'duplicate' });
    if (d.date) off.add(d.date);
    if (!d.name.trim()) problems.push({ name: ['holidays', i, 'name'], problem: 'nameRequired' });
  });
  const worked = new Set<string>();
  days.makeUpWorkdays.forEach((d, i) => {
    if (!d.date) problems.push({ name: ['makeUpWorkdays', i, 'date'], problem: 'required' });
    else if (!d.date.startsWith(`${year}-`)) problems.push({ name: ['makeUpWorkdays', i, 'date'], problem: 'outsideYear' });
    else if (worked.has(d.date)) problems.push({ name: ['makeUpWorkdays', i, 'date'], problem: 'duplicate' });
    else if (!isWeekend(d.date)) problems.push({ name: ['makeUpWorkdays', i, 'date'], problem: 'notWeekend' });
    else if (off.has(d.date)) problems.push({ name: ['makeUpWorkdays', i, 'date'], problem: 'conflict' });
    if (d.date) worked.add(d.date);
    if (!d.name.trim()) problems.push({ name: ['makeUpWorkdays', i, 'name'], problem: 'nameRequired' });
  });
  return problems;
}

/** Adds every day of a range with one name, skipping days already listed; the list stays in date order. */
export function addRange<T extends { date: string | null; name: string }>(
  rows: T[],
  from: string,
  to: string,
  name: string,
  make: (date: string, name: string) => T,
): T[] {
  const present = new Set(rows.map((r) => r.date));
  const added = datesBetween(from, to)
    .filter((d) => !present.has(d))
    .map((d) => make(d, name));
  return [...rows, ...added].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

/** The form field names the server's invalidParams may point at (body.holidays.3.date → holidays.3.date). */
export function editorFieldNames(days: EditorDays): string[] {
  return [
    'notice',
    'noticeDate',
    'status',
    ...days.holidays.flatMap((_, i) => [`holidays.${i}.date`, `holidays.${i}.name`]),
    ...days.makeUpWorkdays.flatMap((_, i) => [`makeUpWorkdays.${i}.date`, `makeUpWorkdays.${i}.name`]),
    'holidays',
    'makeUpWorkdays',
  ];
}

/** Rows ready for PUT /calendar/years/:year, sorted by date. */
export function toRequestDays(rows: { date: string | null; name: string }[]): DayEntry[] {
  return rows
    .filter((r): r is DayEntry => !!r.date)
    .map((r) => ({ date: r.date, name: r.name.trim() }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
