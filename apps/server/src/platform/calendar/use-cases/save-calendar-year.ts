import { ZCalendarYear, type CalendarYear, type InvalidParam, type SaveCalendarYearRequest, type SaveCalendarYearResult } from '@yifa/domain';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { recomputeOpenDeadlines } from '../../deadlines/recompute-open-deadlines.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { presentYearDetail, yearSnapshot } from '../presenter.ts';
import { findCalendarYear, replaceCalendarYear } from '../repository.ts';
import { invalidParamsOf } from '../zod-invalid-params.ts';

/**
 * Enters or replaces one year's schedule from the State Council notice (国务院办公厅关于YYYY年部分节假日
 * 安排的通知; rules.md §10: "load this yearly, not compute it"), then recomputes every open deadline in
 * the same transaction so no stored due date rests on the old schedule.
 */
export async function saveCalendarYear(ctx: AppContext, auth: AuthContext, year: number, input: SaveCalendarYearRequest): Promise<SaveCalendarYearResult> {
  const candidate: CalendarYear = { year, source: input.source, notice: input.notice ?? null, holidays: input.holidays, makeUpWorkdays: input.makeUpWorkdays };
  assertValidYear(candidate);
  const actor = actorOf(auth);
  return ctx.db.transaction(async (tx) => {
    const before = await findCalendarYear(tx, year);
    await replaceCalendarYear(tx, candidate, auth.user.id);
    const after = await findCalendarYear(tx, year);
    if (!after) throw new Error('calendar year vanished after write');
    await writeAudit(tx, actor, { action: before ? 'calendar.year.replace' : 'calendar.year.create', entityType: 'calendarYear', entityId: String(year),
      before: yearSnapshot(before), after: yearSnapshot(after) });
    const recompute = await recomputeOpenDeadlines(tx, actor);
    return { year: presentYearDetail(after), recompute };
  });
}

/** The two mistakes an administrator makes most get their own codes; the rest is ZCalendarYear's. */
function assertValidYear(y: CalendarYear): void {
  const outside: InvalidParam[] = [];
  const check = (list: 'holidays' | 'makeUpWorkdays') => y[list].forEach((d, i) => {
    if (!d.date.startsWith(`${y.year}-`)) outside.push({ name: `body.${list}.${i}.date`, code: 'outside_year', reason: `${d.date}不在${y.year}年内` });
  });
  check('holidays');
  check('makeUpWorkdays');
  if (outside.length > 0) throw new AppError('CALENDAR.DATE_OUTSIDE_YEAR', { invalidParams: outside });

  const off = new Set(y.holidays.map((d) => d.date));
  const conflicts = y.makeUpWorkdays.flatMap((d, i) => off.has(d.date)
    ? [{ name: `body.makeUpWorkdays.${i}.date`, code: 'conflict', reason: `${d.date}不能既是放假日又是调休上班日` }] : []);
  if (conflicts.length > 0) throw new AppError('CALENDAR.DAY_CONFLICT', { invalidParams: conflicts });

  const parsed = ZCalendarYear.safeParse(y);
  if (!parsed.success) throw new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: invalidParamsOf(parsed.error, 'body') });
}
