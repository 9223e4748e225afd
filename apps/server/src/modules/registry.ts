import type { YifaModule } from '../platform/modules.ts';
import { disclosureReportModule } from './disclosure-report/index.ts';
import { proactiveDisclosureModule } from './proactive-disclosure/index.ts';
import { disclosureRequestModule } from './disclosure-request/index.ts';
import { publicityModule } from './publicity/index.ts';
import { lawStudyModule } from './law-study/index.ts';
import { authModule } from '../platform/auth/module.ts';
import { auditModule } from '../platform/audit/module.ts';
import { filesModule } from '../platform/files/index.ts';
import { calendarModule } from '../platform/calendar/module.ts';
import { complianceModule } from '../platform/compliance/module.ts';
import { deadlinesModule } from '../platform/deadlines/module.ts';
import { workbenchModule } from '../platform/workbench/module.ts';
import { dictionariesModule } from '../platform/dictionaries/index.ts';
import { notificationsModule } from '../platform/notifications/index.ts';
import { settingsModule } from '../platform/settings/module.ts';
import { organisationModule } from './organisation/index.ts';

/** Every module of Yifa, in registration order. `npm run module:new` adds a line here. */
export const MODULES: YifaModule[] = [
  authModule,
  auditModule,
  filesModule,
  dictionariesModule,
  notificationsModule,
  settingsModule,
  organisationModule,
  calendarModule,
  deadlinesModule,
  complianceModule,
  workbenchModule,
  lawStudyModule,
  publicityModule,
  disclosureRequestModule,
  proactiveDisclosureModule,
  disclosureReportModule,
];
