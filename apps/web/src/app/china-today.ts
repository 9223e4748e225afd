import dayjs, { type Dayjs } from 'dayjs';

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in China, whatever the browser's time zone: dates of record (收到、答复、学法) are China
 * dates, and the server counts them so (platform/calendar todayInChina). `dayjs()` would give the
 * browser's local date, a day off for eight hours a day on a machine set to UTC.
 */
export function chinaToday(now: Date = new Date()): Dayjs {
  return dayjs(CHINA_DATE.format(now));
}
