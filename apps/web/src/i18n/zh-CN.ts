/**
 * Chinese (zh-CN), the default language: every string the UI shows comes from here or from en.ts,
 * grouped by area: zh-CN/core.ts, then one file per module or platform area (zh-CN/<area>.ts with its
 * twin en/<area>.ts), collected into messages.generated.ts by `npm run modules:collect` — a module adds
 * its two files and edits nothing here. en must have the same keys (`Messages` checks it).
 */
import { core } from './zh-CN/core.ts';
import { AREA_MESSAGES_ZH } from './messages.generated.ts';

export const zhCN = {
  ...core,
  ...AREA_MESSAGES_ZH,
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill. */
export type Messages = Widen<typeof zhCN>;
