/**
 * Parses the text of 国务院办公厅关于YYYY年部分节假日安排的通知 into a CalendarYear, so that an
 * administrator can paste the notice instead of clicking through 30 dates (rules.md §10: "the software
 * should load this yearly, not compute it").
 *
 * The official style is one numbered item per festival:
 *   二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 *   一、元旦：1月1日（周四）放假，与周末连休。
 *   一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。
 * Clauses with 放假/休 give days off (every day of a "至" range, weekends inside it included); clauses with
 * 上班 give make-up working days. Anything doubtful becomes a warning for the administrator to check; the
 * returned year always passes ZCalendarYear (dates outside the year, weekday "make-up" days and conflicts are
 * dropped with a warning, never silently).
 */
import { addDays, daysBetween, fromParts, isRealIsoDate, weekdayZh, yearOf } from './iso-date.ts';
import type { CalendarDay, CalendarYear, IsoDate } from './types.ts';

export interface ParsedHolidayNotice {
  year: CalendarYear;
  warnings: string[];
}

/** The seven festivals of 《全国年节及纪念日放假办法》 Art. 2, each expected in every notice. */
const STATUTORY_FESTIVALS = ['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆'] as const;

const FESTIVAL = '(?:元旦|春节|清明节?|劳动节|端午节?|中秋节?|国庆节?|[\\u4e00-\\u9fa50-9]{2,40}纪念日)';
const FESTIVAL_NAME_RE = new RegExp(`^${FESTIVAL}(?:[、和与及]${FESTIVAL})*$`);
/** A numbered item header "二、春节：" or an unnumbered "春节：", at a line or sentence start. */
const HEADER_RE = /(?:^|\n|。)[ \t]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．])?[ \t]*([^：:\n。，,]{1,60})[：:]/g;
/** 2025年1月28日（农历除夕、周二） — year and month optional (inherited), parenthetical optional. */
const DATE_TOKEN_RE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(]([^）)]*)[）)])?/g;
const RANGE_SEPARATOR_RE = /^(?:至|到|-|—|–|~|～)$/;
const WEEKDAY_IN_PAREN_RE = /(?:周|星期|礼拜)([日天一二三四五六])/;

interface DateToken {
  date: IsoDate | null;
  text: string;
  weekdayHint: string | null;
}

interface Item {
  name: string;
  body: string;
}

function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u3000\u00a0]+/g, '');
}

function findItems(text: string, warnings: string[]): Item[] {
  const headers: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(HEADER_RE)) {
    const name = m[1] ?? '';
    if (!FESTIVAL_NAME_RE.test(name)) continue;
    headers.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return headers.map((h, i) => {
    const next = headers[i + 1]?.start ?? text.length;
    let body = text.slice(h.end, next);
    const newline = body.indexOf('\n');
    if (newline >= 0) {
      const rest = body.slice(newline + 1);
      // An item ends at its paragraph; later text (e.g. the signature date) is not part of it.
      if (/\d+日/.test(rest) && /放假|上班/.test(rest)) warnings.push(`“${h.name}”一项跨行，仅读取第一行，请核对`);
      body = body.slice(0, newline);
    }
    return { name: h.name, body };
  });
}

/**
 * Resolves date tokens in order. A token without a month takes the previous token's month and year
 * ("2月15日至23日"). A token without a year takes the item's last explicit year (else the notice's year),
 * except the end of a range, which follows its start and wraps into the next year if its month is earlier
 * ("12月31日至1月2日"); "10月1日至7日放假…9月20日上班" stays in one year.
 */
function resolveTokens(body: string, noticeYear: number, warnings: string[], itemName: string): { tokens: DateToken[]; skeleton: string } {
  const tokens: DateToken[] = [];
  let baseYear = noticeYear;
  let year = noticeYear;
  let month: number | null = null;
  let skeleton = '';
  let last = 0;
  for (const m of body.matchAll(DATE_TOKEN_RE)) {
    const between = body.slice(last, m.index);
    skeleton += between + `⟨${tokens.length}⟩`;
    last = m.index + m[0].length;
    const explicitYear = m[1] ? Number(m[1]) : null;
    const explicitMonth = m[2] ? Number(m[2]) : null;
    const day = Number(m[3]);
    const isRangeEnd = tokens.length > 0 && RANGE_SEPARATOR_RE.test(between);
    if (explicitYear !== null) {
      baseYear = explicitYear;
      year = explicitYear;
    } else if (explicitMonth !== null) {
      if (!isRangeEnd) year = baseYear;
      else if (month !== null && explicitMonth < month) year += 1;
    }
    if (explicitMonth !== null) month = explicitMonth;
    const paren = m[4] ?? '';
    const hint = WEEKDAY_IN_PAREN_RE.exec(paren)?.[1] ?? null;
    if (month === null) {
      warnings.push(`“${itemName}”中的“${m[0]}”缺少月份，已忽略`);
      tokens.push({ date: null, text: m[0], weekdayHint: hint });
      continue;
    }
    const date = fromParts(year, month, day);
    if (!isRealIsoDate(date)) {
      warnings.push(`“${itemName}”中的“${m[0]}”不是有效日期，已忽略`);
      tokens.push({ date: null, text: m[0], weekdayHint: hint });
      continue;
    }
    tokens.push({ date, text: m[0], weekdayHint: hint });
  }
  skeleton += body.slice(last);
  return { tokens, skeleton };
}

function checkWeekday(token: DateToken, itemName: string, warnings: string[]): void {
  if (token.date === null || token.weekdayHint === null) return;
  const expected = token.weekdayHint === '天' ? '日' : token.weekdayHint;
  const actual = weekdayZh(token.date).slice(1);
  if (expected !== actual) {
    warnings.push(`“${itemName}”中${token.text}标注为周${expected}，但${token.date}实际是周${actual}，请核对`);
  }
}

/** Dates a clause names: "A至B" expands to every day; "A、B" are single days. */
function clauseDates(clause: string, tokens: DateToken[], itemName: string, warnings: string[]): IsoDate[] {
  const parts = clause.split(/⟨(\d+)⟩/);
  // parts = [text, idx, text, idx, …, text]
  const out: IsoDate[] = [];
  for (let p = 1; p < parts.length; p += 2) {
    const token = tokens[Number(parts[p])];
    if (token === undefined) continue;
    checkWeekday(token, itemName, warnings);
    const between = parts[p + 1] ?? '';
    const nextToken = p + 2 < parts.length ? tokens[Number(parts[p + 2])] : undefined;
    if (nextToken !== undefined && RANGE_SEPARATOR_RE.test(between)) {
      checkWeekday(nextToken, itemName, warnings);
      p += 2;
      if (token.date === null || nextToken.date === null) continue;
      const span = daysBetween(token.date, nextToken.date);
      if (span < 0 || span > 40) {
        warnings.push(`“${itemName}”中的${token.text}至${nextToken.text}不是合理的日期范围，已忽略`);
        continue;
      }
      for (let i = 0; i <= span; i += 1) out.push(addDays(token.date, i));
      continue;
    }
    if (token.date !== null) out.push(token.date);
  }
  return out;
}

export function parseHolidayNotice(year: number, text: string): ParsedHolidayNotice {
  const warnings: string[] = [];
  const normalised = normalise(text);

  const titleYear = /关于(\d{4})年(?:部分)?节假日安排/.exec(normalised)?.[1];
  if (titleYear !== undefined && Number(titleYear) !== year) {
    warnings.push(`通知标题是${titleYear}年的安排，与所选年份${year}年不一致`);
  }
  const docNumber = /国办发(?:明电)?[〔［[(（]\d{4}[〕］\])）]\d+号/.exec(normalised)?.[0] ?? null;
  const notice = docNumber ?? (titleYear !== undefined ? `国务院办公厅关于${titleYear}年部分节假日安排的通知` : null);
  // The date under the signature: "国务院办公厅\n2025年11月4日" (whitespace already removed).
  const signed = /国务院办公厅\n*(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(normalised);
  const signedDate = signed ? fromParts(Number(signed[1]), Number(signed[2]), Number(signed[3])) : null;
  const noticeDate = signedDate !== null && isRealIsoDate(signedDate) ? signedDate : null;

  const holidays = new Map<IsoDate, string>();
  const workdays = new Map<IsoDate, string>();
  const items = findItems(normalised, warnings);
  if (items.length === 0) warnings.push('未识别到任何节假日安排，请检查通知文本');

  for (const item of items) {
    const { tokens, skeleton } = resolveTokens(item.body, year, warnings, item.name);
    let daysOff = 0;
    for (const clause of skeleton.split(/[，,。；;]/)) {
      const hasDates = /⟨\d+⟩/.test(clause);
      const declared = /共(\d+)天/.exec(clause)?.[1];
      if (declared !== undefined && Number(declared) !== daysOff) {
        warnings.push(`“${item.name}”写明共${declared}天，但解析出${daysOff}天，请核对`);
      }
      if (!hasDates) continue;
      const isWork = clause.includes('上班');
      const isOff = !isWork && /放假|休/.test(clause);
      if (!isWork && !isOff) {
        warnings.push(
          `“${item.name}”中的“${clause.replace(/⟨(\d+)⟩/g, (_, i: string) => tokens[Number(i)]?.text ?? '')}”既非放假也非上班，已忽略`,
        );
        continue;
      }
      for (const date of clauseDates(clause, tokens, item.name, warnings)) {
        if (isOff) {
          daysOff += 1;
          const existing = holidays.get(date);
          if (existing !== undefined) {
            if (existing !== item.name) warnings.push(`${date}同时出现在“${existing}”和“${item.name}”中，按“${existing}”记录`);
            continue;
          }
          holidays.set(date, item.name);
        } else if (!workdays.has(date)) {
          workdays.set(date, item.name);
        }
      }
    }
  }

  const inYear =
    (kind: string) =>
    (entry: [IsoDate, string]): boolean => {
      if (yearOf(entry[0]) === year) return true;
      warnings.push(`${kind}${entry[0]}（${entry[1]}）不属于${year}年，未录入；请在${yearOf(entry[0])}年日历中核对`);
      return false;
    };
  const holidayDays: CalendarDay[] = [...holidays].filter(inYear('放假日')).map(([date, name]) => ({ date, name }));
  const makeUpDays: CalendarDay[] = [...workdays]
    .filter(inYear('调休上班日'))
    .filter(([date, name]) => {
      const dow = weekdayZh(date);
      if (dow !== '周六' && dow !== '周日') {
        warnings.push(`调休上班日${date}（${name}）是${dow}，不是周末，未录入`);
        return false;
      }
      if (holidays.has(date)) {
        warnings.push(`${date}既被列为放假日又被列为上班日，按放假日录入`);
        return false;
      }
      return true;
    })
    .map(([date, name]) => ({ date, name }));

  const allNames = items.map((i) => i.name).join('、');
  for (const festival of STATUTORY_FESTIVALS) {
    if (!allNames.includes(festival)) warnings.push(`通知中未找到“${festival}”的安排，请核对是否完整`);
  }

  const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    year: {
      year,
      holidays: holidayDays.sort(byDate),
      makeUpWorkdays: makeUpDays.sort(byDate),
      source: 'notice-import',
      notice,
      noticeDate,
      // What was read is not yet checked: year-confirmation.ts decides whether it may become official.
      status: 'provisional',
    },
    warnings,
  };
}
