import { type BodyOf, type calendarApi, type InvalidParam, type SaveCalendarYearResult } from '@yifa/domain';
import {
  assessYearConfirmation,
  type CalendarYear,
  type ConfirmationProblem,
  parseHolidayNotice,
  ZCalendarYear,
} from '@yifa/domain/calendar';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { recomputeOpenDeadlines } from '../../deadlines/recompute-open-deadlines.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { calendarChanged } from '../calendar-service.ts';
import { chineseDaysAlmanac } from '../lunar-almanac.ts';
import { presentYearDetail, yearSnapshot } from '../presenter.ts';
import { findCalendarYear, replaceCalendarYear } from '../repository.ts';
import { todayInChina } from '../today.ts';
import { invalidParamsOf } from '../zod-invalid-params.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof calendarApi.saveYear>;

/**
 * Enters or replaces one year's schedule from the State Council notice (国务院办公厅关于YYYY年部分节假日
 * 安排的通知; rules.md §10: "load this yearly, not compute it"), then recomputes every open deadline in
 * the same transaction so no stored due date rests on the old schedule.
 */
export async function saveCalendarYear(ctx: AppContext, auth: AuthContext, year: number, input: Input): Promise<SaveCalendarYearResult> {
  const candidate: CalendarYear = {
    year,
    source: input.source,
    status: input.status,
    notice: input.notice ?? null,
    noticeDate: input.noticeDate ?? null,
    holidays: input.holidays,
    makeUpWorkdays: input.makeUpWorkdays,
  };
  assertValidYear(candidate);
  const problems = confirmationProblems(candidate, input);
  // An unconfirmed year taken for official would silently fix wrong due dates as legal ones: refuse it.
  // Saving it anyway is the explicit status 'provisional', and the audit keeps what was still missing.
  if (input.status === 'official' && problems.length > 0) {
    throw new AppError('CALENDAR.YEAR_NOT_CONFIRMED', {
      userMessage: `${year}年的节假日安排不能标记为正式：${problems.map((p) => p.reasonZh).join('；')}。可核对后重试，或明确选择“保存为暂定”。`,
      invalidParams: problems.map((p) => ({ name: `body.${p.field}`, code: p.code, reason: p.reasonZh })),
    });
  }
  const actor = actorOf(auth);
  const result = await ctx.db.transaction(async (tx) => {
    const before = await findCalendarYear(tx, year);
    await replaceCalendarYear(tx, candidate, auth.user.id);
    const after = await findCalendarYear(tx, year);
    if (!after) throw new Error('calendar year vanished after write');
    await writeAudit(tx, actor, {
      action: before ? 'calendar.year.replace' : 'calendar.year.create',
      entityType: 'calendarYear',
      entityId: String(year),
      before: yearSnapshot(before),
      after: { ...yearSnapshot(after), unconfirmedBecause: problems.map((p) => p.reasonZh) },
    });
    const recompute = await recomputeOpenDeadlines(tx, actor);
    return { year: presentYearDetail(after), recompute };
  });
  calendarChanged(); // committed: pages showing working days re-check now
  return result;
}

/**
 * What keeps the year from being official (domain year-confirmation.ts). A year read from a pasted notice
 * is re-read here: the client cannot vouch that the parser raised no warning.
 */
function confirmationProblems(y: CalendarYear, input: Input): ConfirmationProblem[] {
  let parserWarnings: string[] = [];
  if (input.source === 'notice-import') {
    if (input.noticeText === undefined || input.noticeText.length === 0) {
      if (input.status === 'official') {
        throw new AppError('REQUEST.VALIDATION_FAILED', {
          invalidParams: [{ name: 'body.noticeText', code: 'required', reason: '从通知导入并标记为正式时，请附上通知全文以便核对' }],
        });
      }
    } else {
      parserWarnings = parseHolidayNotice(y.year, input.noticeText).warnings;
    }
  }
  return assessYearConfirmation(
    { year: y.year, holidays: y.holidays, notice: y.notice, noticeDate: y.noticeDate, parserWarnings },
    chineseDaysAlmanac,
    todayInChina(),
  ).problems;
}

/** The two mistakes an administrator makes most get their own codes; the rest is ZCalendarYear's. */
function assertValidYear(y: CalendarYear): void {
  const outside: InvalidParam[] = [];
  const check = (list: 'holidays' | 'makeUpWorkdays') =>
    y[list].forEach((d, i) => {
      if (!d.date.startsWith(`${y.year}-`))
        outside.push({ name: `body.${list}.${i}.date`, code: 'outside_year', reason: `${d.date}不在${y.year}年内` });
    });
  check('holidays');
  check('makeUpWorkdays');
  if (outside.length > 0) throw new AppError('CALENDAR.DATE_OUTSIDE_YEAR', { invalidParams: outside });

  const off = new Set(y.holidays.map((d) => d.date));
  const conflicts = y.makeUpWorkdays.flatMap((d, i) =>
    off.has(d.date) ? [{ name: `body.makeUpWorkdays.${i}.date`, code: 'conflict', reason: `${d.date}不能既是放假日又是调休上班日` }] : [],
  );
  if (conflicts.length > 0) throw new AppError('CALENDAR.DAY_CONFLICT', { invalidParams: conflicts });

  const parsed = ZCalendarYear.safeParse(y);
  if (!parsed.success) throw new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: invalidParamsOf(parsed.error, 'body') });
}
