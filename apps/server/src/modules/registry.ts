import type { YifaModule } from '../platform/modules.ts';
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
import { BUSINESS_MODULES } from './modules.generated.ts';

/**
 * Every module of Yifa, in registration order: the platform's own, then the business modules of
 * apps/server/src/modules/, collected from their folders into modules.generated.ts by
 * `npm run modules:collect` (which `npm run module:new` runs). Adding a module edits nothing here.
 */
export const MODULES: YifaModule[] = [
  authModule,
  auditModule,
  filesModule,
  dictionariesModule,
  notificationsModule,
  settingsModule,
  calendarModule,
  deadlinesModule,
  complianceModule,
  workbenchModule,
  ...BUSINESS_MODULES,
];
