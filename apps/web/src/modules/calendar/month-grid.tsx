import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayIndex, monthWeeks, type DayEntry } from './calendar-model.ts';
import './calendar.css';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * A year at a glance: twelve small months, days off in red, make-up working days (调休上班) marked
 * 班, weekends grey. The run table beside it is the accessible, exact form of the same data; each
 * marked day here also carries its meaning as text for screen readers.
 */
export function MonthGrid({ year, holidays, makeUpWorkdays }: { year: number; holidays: DayEntry[]; makeUpWorkdays: DayEntry[] }) {
  const { t, i18n } = useTranslation();
  const index = useMemo(() => dayIndex(holidays, makeUpWorkdays), [holidays, makeUpWorkdays]);
  const locale = i18n.language.startsWith('en') ? 'en' : 'zh-cn';
  // Monday first: dayjs().day(1) is a Monday; 'dd' is 一/二… or Mo/Tu… in the UI language.
  const weekdays = [1, 2, 3, 4, 5, 6, 0].map((d) => dayjs().locale(locale).day(d).format('dd'));
  return (
    <div className="yifa-month-grid" aria-label={t('calendar.gridLabel', { year })} role="group">
      {MONTHS.map((month) => (
        <table key={month} className="yifa-month">
          <caption>
            {dayjs(`${year}-${String(month).padStart(2, '0')}-01`)
              .locale(locale)
              .format(locale === 'en' ? 'MMMM' : 'MMM')}
          </caption>
          <thead>
            <tr>
              {weekdays.map((w, i) => (
                <th key={i} scope="col" className={i >= 5 ? 'is-weekend' : undefined}>
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(year, month).map((week, w) => (
              <tr key={w}>
                {week.map((cell, i) => {
                  if (!cell) return <td key={i} />;
                  const mark = index.get(cell.date);
                  const className =
                    mark?.kind === 'holiday'
                      ? 'is-holiday'
                      : mark?.kind === 'makeUpWorkday'
                        ? 'is-makeup'
                        : cell.isWeekend
                          ? 'is-weekend'
                          : undefined;
                  const meaning = mark
                    ? mark.kind === 'holiday'
                      ? t('calendar.dayOff', { name: mark.name })
                      : t('calendar.dayWorked', { name: mark.name })
                    : undefined;
                  return (
                    <td key={i} className={className} title={meaning ? `${cell.date} ${meaning}` : undefined}>
                      {cell.day}
                      {mark?.kind === 'makeUpWorkday' ? (
                        <span className="yifa-month-badge" aria-hidden>
                          {t('calendar.workBadge')}
                        </span>
                      ) : null}
                      {meaning ? <span className="yifa-visually-hidden">{meaning}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <div className="yifa-month-legend" aria-hidden>
        <span>
          <i className="is-holiday" />
          {t('calendar.legendHoliday')}
        </span>
        <span>
          <i className="is-makeup" />
          {t('calendar.legendMakeUp')}
        </span>
        <span>
          <i className="is-weekend" />
          {t('calendar.legendWeekend')}
        </span>
      </div>
      {holidays.length === 0 && makeUpWorkdays.length === 0 ? (
        <Typography.Text type="secondary">{t('calendar.noDays')}</Typography.Text>
      ) : null}
    </div>
  );
}
