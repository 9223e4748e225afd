/**
 * When may a year's schedule be marked official (正式)? Every deadline computed on an official year is
 * stored as the legal due date and never flagged, so a year is official only when
 * 1. it is complete: every statutory day off of 《全国年节及纪念日放假办法》 (13 days from 2025, Art. 2) is a
 *    day off of the schedule (checkYearCompleteness), and
 * 2. it is confirmed with its source: the number of the State Council General Office notice
 *    (e.g. 国办发明电〔2025〕7号) and its date, which is not after today (China time) and falls in the year
 *    before or the year itself (the notice for YYYY is published in YYYY-1, rules.md §10), and
 * 3. when it was read from the pasted notice, the parser raised no warning (a warning means the text and
 *    the dates read from it may disagree, e.g. "春节写明共8天，但解析出0天").
 * Anything else may still be saved, but only as provisional (暂定), by an explicit choice.
 */
import { isRealIsoDate } from './iso-date.ts';
import { checkYearCompleteness, type LunarAlmanac, type YearCompleteness } from './statutory-holidays.ts';
import type { CalendarDay, IsoDate } from './types.ts';

/** 国办发〔2024〕12号 / 国办发明电〔2025〕7号 — the document number of a State Council General Office notice. */
export const NOTICE_NUMBER_RE = /^国办发(?:明电)?〔\d{4}〕\d{1,4}号$/;

export interface YearConfirmationInput {
  year: number;
  holidays: readonly CalendarDay[];
  notice: string | null | undefined;
  noticeDate: IsoDate | null | undefined;
  /** The parser's warnings when the year comes from a pasted notice; empty for manual entry. */
  parserWarnings: readonly string[];
}

export interface ConfirmationProblem {
  /** The request field it concerns (for problem details' invalidParams). */
  field: 'holidays' | 'notice' | 'noticeDate' | 'noticeText';
  code: 'incomplete' | 'unknown_law' | 'notice_number' | 'notice_date' | 'parser_warning';
  reasonZh: string;
}

export interface YearConfirmation {
  completeness: YearCompleteness;
  problems: ConfirmationProblem[];
  canBeOfficial: boolean;
}

export function assessYearConfirmation(input: YearConfirmationInput, almanac: LunarAlmanac, todayInChina: IsoDate): YearConfirmation {
  const completeness = checkYearCompleteness(input, almanac);
  const problems: ConfirmationProblem[] = [];
  if (completeness.lawZh === null) {
    problems.push({ field: 'holidays', code: 'unknown_law', reasonZh: `无法确定${input.year}年的法定节假日，不能核对是否完整` });
  } else if (!completeness.isComplete) {
    const list = completeness.missing.map((d) => `${d.name}${d.date}`).join('、');
    problems.push({ field: 'holidays', code: 'incomplete', reasonZh: `缺少${completeness.lawZh}规定的法定节假日：${list}` });
  }
  const notice = input.notice?.trim() ?? '';
  if (!NOTICE_NUMBER_RE.test(notice)) {
    problems.push({ field: 'notice', code: 'notice_number', reasonZh: '请填写通知文号（如 国办发明电〔2025〕7号）' });
  }
  const date = input.noticeDate ?? null;
  if (date === null || !isRealIsoDate(date)) {
    problems.push({ field: 'noticeDate', code: 'notice_date', reasonZh: '请填写通知的发布日期' });
  } else if (date > todayInChina) {
    problems.push({ field: 'noticeDate', code: 'notice_date', reasonZh: `通知日期${date}晚于今天` });
  } else if (date < `${input.year - 1}-01-01` || date > `${input.year}-12-31`) {
    problems.push({
      field: 'noticeDate',
      code: 'notice_date',
      reasonZh: `${input.year}年的放假通知应在${input.year - 1}年或${input.year}年发布，通知日期${date}不符`,
    });
  }
  for (const warning of input.parserWarnings) {
    problems.push({ field: 'noticeText', code: 'parser_warning', reasonZh: `识别通知时有警告：${warning}` });
  }
  return { completeness, problems, canBeOfficial: problems.length === 0 };
}
