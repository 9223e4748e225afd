/**
 * Turns explanation steps into one paragraph a township clerk can read aloud to an applicant, e.g.
 * "自2026年2月10日（收到申请）次日起算20个工作日。期间跳过春节假期2月15日至23日（9天），另跳过周末4天；
 *  2月14日（周六）、2月28日（周六）为春节调休上班日，计入工作日。截止日期为2026年3月16日（周一）。"
 * Plain weekends are summed rather than listed: only festivals are worth naming to a reader.
 */
import type { DeadlineBasis } from './deadline-rule.ts';
import { WEEKEND_NAME_ZH } from './deadline-walk.ts';
import type { ExplanationStep } from './explanation-steps.ts';
import { formatDateZh, toParts, weekdayEn, weekdayZh, yearOf } from './iso-date.ts';
import type { IsoDate } from './types.ts';

type Step<K extends ExplanationStep['kind']> = Extract<ExplanationStep, { kind: K }>;

function stepsOf<K extends ExplanationStep['kind']>(steps: ExplanationStep[], kind: K): Step<K>[] {
  return steps.filter((s): s is Step<K> => s.kind === kind);
}

function unitZh(basis: DeadlineBasis): string {
  return basis === 'workingDays' ? '个工作日' : '日';
}

/** '2月15日' in the reference year, '2027年1月1日' otherwise. */
function dayZh(date: IsoDate, refYear: number): string {
  const { year, month, day } = toParts(date);
  return year === refYear ? `${month}月${day}日` : `${year}年${month}月${day}日`;
}

export function rangeZh(from: IsoDate, to: IsoDate, refYear: number): string {
  if (from === to) return dayZh(from, refYear);
  const a = toParts(from);
  const b = toParts(to);
  if (a.year === b.year && a.month === b.month) return `${dayZh(from, refYear)}至${b.day}日`;
  if (a.year === b.year) return `${dayZh(from, refYear)}至${b.month}月${b.day}日`;
  return `${formatDateZh(from)}至${formatDateZh(to)}`;
}

function holidayLabelZh(names: string[]): string {
  const festivals = names.filter((n) => n !== WEEKEND_NAME_ZH);
  if (festivals.length === 0) return WEEKEND_NAME_ZH;
  return `${festivals.join('、')}假期${names.includes(WEEKEND_NAME_ZH) ? '及周末' : ''}`;
}

function dueZh(date: IsoDate): string {
  return `${formatDateZh(date)}（${weekdayZh(date)}）`;
}

/** Says, per year, what a provisional result rests on (the stored explanation must say it is provisional and why). */
function missingZh(step: Step<'calendarMissing'>): string {
  const yearsZh = (ys: number[]) => ys.map((y) => `${y}年`).join('、');
  const entered = step.entered ?? [];
  const statutory = step.statutory ?? [];
  const weekdays = step.years.filter((y) => !entered.includes(y) && !statutory.includes(y));
  const clauses: string[] = [];
  if (entered.length > 0) clauses.push(`${yearsZh(entered)}的节假日安排为暂定（尚未经通知文号和日期确认或不完整），按暂定安排计算`);
  if (statutory.length > 0) {
    clauses.push(`${yearsZh(statutory)}的国务院节假日安排尚未录入，暂按《全国年节及纪念日放假办法》规定的法定节假日计算（未含调休）`);
  }
  if (weekdays.length > 0) clauses.push(`${yearsZh(weekdays)}的国务院节假日安排尚未录入，暂按普通周六、周日计算`);
  return `注意：${clauses.join('；')}，结果为暂定，安排确认为正式后将重新计算。`;
}

export function renderTextZh(steps: ExplanationStep[]): string {
  const start = stepsOf(steps, 'start')[0];
  if (!start) return '';
  const ref = yearOf(start.date);
  const unit = unitZh(start.basis);
  const parts: string[] = [];

  let opening = `自${formatDateZh(start.date)}${start.labelZh ? `（${start.labelZh}）` : ''}次日起算${start.days}${unit}`;
  const extensions = stepsOf(steps, 'extension');
  for (const e of extensions) opening += `，经延长${e.days}${unit}（${e.reasonZh}）`;
  if (extensions.length > 0) opening += `，共计${start.days + extensions.reduce((n, e) => n + e.days, 0)}${unit}`;
  parts.push(`${opening}。`);

  const rest = stepsOf(steps, 'restDays');
  const festivalRuns = rest.filter((r) => r.hasHoliday);
  const weekendDays = rest.filter((r) => !r.hasHoliday).reduce((n, r) => n + r.count, 0);
  const skipped: string[] = festivalRuns.map((r) => `${holidayLabelZh(r.names)}${rangeZh(r.from, r.to, ref)}（${r.count}天）`);
  if (skipped.length > 0 || weekendDays > 0) {
    const weekends = weekendDays === 0 ? '' : skipped.length > 0 ? `，另跳过周末${weekendDays}天` : `周末${weekendDays}天`;
    parts.push(`期间跳过${skipped.join('、')}${weekends}。`);
  }

  const makeUps = stepsOf(steps, 'makeUpWorkday');
  const byName = new Map<string, string[]>();
  for (const m of makeUps) byName.set(m.name, [...(byName.get(m.name) ?? []), `${dayZh(m.date, ref)}（${weekdayZh(m.date)}）`]);
  const makeUpTexts = [...byName].map(([name, days]) => `${days.join('、')}为${name}调休上班日`);
  if (makeUpTexts.length > 0) parts.push(`${makeUpTexts.join('；')}，计入工作日。`);

  for (const p of stepsOf(steps, 'pause')) {
    const span = p.to === null ? `自${dayZh(p.from, ref)}起` : `${rangeZh(p.from, p.to, ref)}`;
    if (p.effect === 'counted') parts.push(`因${p.reasonZh}，${span}中止计算，其间${p.daysPaused ?? 0}${unit}不计入期限。`);
    else if (p.effect === 'beforeStart') parts.push(`${span}因${p.reasonZh}中止计算，在起算日之前，不影响期限。`);
    else if (p.effect === 'notReached') parts.push(`${span}因${p.reasonZh}中止计算，在期限届满之后，不影响期限。`);
  }

  const moved = stepsOf(steps, 'lastDayMoved')[0];
  if (moved) {
    const what = moved.names[0] === WEEKEND_NAME_ZH ? '周末' : `${moved.names[0] ?? ''}假期`;
    parts.push(`期间最后一日${dueZh(moved.from)}为${what}，依法顺延至其后第一个工作日（民事诉讼法第八十五条）。`);
  }

  const missing = stepsOf(steps, 'calendarMissing')[0];
  if (missing) parts.push(missingZh(missing));

  const stoppedStep = stepsOf(steps, 'clockStopped')[0];
  const due = stepsOf(steps, 'due')[0];
  if (stoppedStep) {
    parts.push(
      `自${formatDateZh(stoppedStep.since)}起因${stoppedStep.reasonZh}中止计算，目前尚未恢复，截止日期暂不能确定（已计${stoppedStep.daysCounted}${unit}，尚余${stoppedStep.daysRemaining}${unit}）。`,
    );
  } else if (due) {
    parts.push(`截止日期${missing ? '暂定' : ''}为${dueZh(due.date)}。`);
  }
  return parts.join('');
}

const FESTIVAL_EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  清明: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  端午: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  中秋: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  周末: 'weekend',
};

function nameEn(name: string): string {
  return name
    .split('、')
    .map((n) => FESTIVAL_EN[n] ?? n)
    .join(' & ');
}

function daysEn(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

function dateEn(date: IsoDate): string {
  return `${date} (${weekdayEn(date)})`;
}

export function renderTextEn(steps: ExplanationStep[]): string {
  const start = stepsOf(steps, 'start')[0];
  if (!start) return '';
  const unit = start.basis === 'workingDays' ? 'working days' : 'calendar days';
  const parts: string[] = [];
  const extensions = stepsOf(steps, 'extension');
  const total = start.days + extensions.reduce((n, e) => n + e.days, 0);
  parts.push(
    `${start.days} ${unit} counted from the day after ${start.date}${start.labelZh ? ` (${start.labelZh})` : ''}` +
      (extensions.length > 0 ? `, extended by ${extensions.map((e) => e.days).join(' + ')} to ${total} ${unit}.` : '.'),
  );
  const rest = stepsOf(steps, 'restDays');
  const festivals = rest
    .filter((r) => r.hasHoliday)
    .map((r) => `${r.names.map(nameEn).join(' & ')} ${r.from} to ${r.to} (${daysEn(r.count)})`);
  const weekendDays = rest.filter((r) => !r.hasHoliday).reduce((n, r) => n + r.count, 0);
  if (festivals.length > 0 || weekendDays > 0) {
    parts.push(`Skipped: ${[...festivals, ...(weekendDays > 0 ? [`weekends (${daysEn(weekendDays)})`] : [])].join('; ')}.`);
  }
  const makeUps = stepsOf(steps, 'makeUpWorkday');
  if (makeUps.length > 0) parts.push(`Make-up working days counted: ${makeUps.map((m) => dateEn(m.date)).join(', ')}.`);
  for (const p of stepsOf(steps, 'pause')) {
    const span = `${p.from} to ${p.to ?? 'ongoing'}`;
    if (p.effect === 'counted') parts.push(`Paused ${span}: ${p.daysPaused ?? 0} ${unit} not counted.`);
    else if (p.effect !== 'running') parts.push(`Pause ${span} lies outside the period and has no effect.`);
  }
  const moved = stepsOf(steps, 'lastDayMoved')[0];
  if (moved)
    parts.push(`The last day ${dateEn(moved.from)} is a rest day (${nameEn(moved.names[0] ?? '')}), so it moves to the next working day.`);
  const missing = stepsOf(steps, 'calendarMissing')[0];
  if (missing) {
    const statutory = missing.statutory ?? [];
    const entered = missing.entered ?? [];
    const weekdays = missing.years.filter((y) => !statutory.includes(y) && !entered.includes(y));
    const notes = [
      ...(entered.length > 0 ? [`provisional schedule used for ${entered.join(', ')}`] : []),
      ...(statutory.length > 0 ? [`statutory holidays only (no make-up days) for ${statutory.join(', ')}`] : []),
      ...(weekdays.length > 0 ? [`plain weekends assumed for ${weekdays.join(', ')}`] : []),
    ];
    parts.push(`Warning: no official holiday schedule for ${missing.years.join(', ')} (${notes.join('; ')}); the result is provisional.`);
  }
  const stoppedStep = stepsOf(steps, 'clockStopped')[0];
  const due = stepsOf(steps, 'due')[0];
  if (stoppedStep) {
    parts.push(
      `Clock stopped since ${stoppedStep.since}: ${stoppedStep.daysCounted} ${unit} counted, ${stoppedStep.daysRemaining} remaining; no due date yet.`,
    );
  } else if (due) {
    parts.push(`Due${missing ? ' (provisional)' : ''}: ${dateEn(due.date)}.`);
  }
  return parts.join(' ');
}
