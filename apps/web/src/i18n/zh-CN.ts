/**
 * Chinese (zh-CN), the default language: every string the UI shows comes from here or from en.ts,
 * grouped by area in zh-CN/*.ts (core, then one file per module). A module adds its own file in
 * zh-CN/ and en/ and spreads it here and in en.ts; en must have the same keys (`Messages` checks it).
 */
import { core } from './zh-CN/core.ts';
import { organisation } from './zh-CN/organisation.ts';
import { platform } from './zh-CN/platform.ts';
import { calendar } from './zh-CN/calendar.ts';
import { lawStudy } from './zh-CN/law-study.ts';
import { publicity } from './zh-CN/publicity.ts';
import { disclosureRequest } from './zh-CN/disclosure-request.ts';
import { proactiveDisclosure } from './zh-CN/proactive-disclosure.ts';
import { forms } from './zh-CN/forms.ts';
import { disclosureReport } from './zh-CN/disclosure-report.ts';

export const zhCN = {
  ...core,
  ...organisation,
  ...platform,
  ...calendar,
  ...lawStudy,
  ...publicity,
  ...disclosureRequest,
  ...proactiveDisclosure,
  ...disclosureReport,
  ...forms,
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill. */
export type Messages = Widen<typeof zhCN>;
