import type { Language } from './index.ts';

/** A catalogue label of @yifa/domain ({ zh, en }) in the current language. */
export function pickLabel(entry: { zh: string; en: string } | undefined, language: Language | string, fallback = ''): string {
  if (!entry) return fallback;
  return language.startsWith('en') ? entry.en : entry.zh;
}
