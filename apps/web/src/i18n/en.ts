import type { Messages } from './zh-CN.ts';
import { core } from './en/core.ts';
import { organisation } from './en/organisation.ts';
import { platform } from './en/platform.ts';
import { calendar } from './en/calendar.ts';
import { lawStudy } from './en/law-study.ts';
import { publicity } from './en/publicity.ts';
import { disclosureRequest } from './en/disclosure-request.ts';
import { proactiveDisclosure } from './en/proactive-disclosure.ts';
import { forms } from './en/forms.ts';
import { disclosureReport } from './en/disclosure-report.ts';

/** English: the same keys as zh-CN.ts (checked by the `Messages` type). */
export const en: Messages = {
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
};
