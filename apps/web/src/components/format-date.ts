import { listZh } from '@yifa/domain';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { i18n } from '../i18n/index.ts';

/** '2026-03-16（周一）' / '2026-03-16 (Mon)': a calendar date with its weekday in the UI language. */
export function formatDay(iso: string): string {
  const day = dayjs(iso);
  if (!day.isValid()) return iso;
  return i18n.t('common.dayWithWeekday', { date: iso, weekday: day.locale(i18n.language.startsWith('en') ? 'en' : 'zh-cn').format('ddd') });
}

/** An instant (ISO with offset) in the browser's time, to the second: '2026-03-16 09:30:05'. */
export function formatInstant(iso: string): string {
  const at = dayjs(iso);
  return at.isValid() ? at.format('YYYY-MM-DD HH:mm:ss') : iso;
}

/**
 * '吴平、胡军' / 'Wu Ping and Hu Jun': a short list in the UI language. Chinese always with 、 (listZh):
 * Intl.ListFormat's zh conjunction writes "吴平和胡军", which reads as one name.
 */
export function formatList(items: (string | number)[]): string {
  if (!i18n.language.startsWith('en')) return listZh(items);
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items.map(String));
}
