import { auditModule } from './audit/module.tsx';
import { calendarModule } from './calendar/module.tsx';
import { complianceModule } from './compliance/module.tsx';
import { deadlinesModule } from './deadlines/module.tsx';
import { dictionariesModule } from './dictionaries/module.tsx';
import { notificationsModule } from './notifications/module.tsx';
import { organisationModule } from './organisation/module.tsx';
import { settingsModule } from './settings/module.tsx';
import { workbenchModule } from './workbench/module.tsx';
import { lawStudyModule } from './law-study/module.tsx';
import { publicityModule } from './publicity/module.tsx';
import { disclosureRequestModule } from './disclosure-request/module.tsx';
import { proactiveDisclosureModule } from './proactive-disclosure/module.tsx';
import { disclosureReportModule } from './disclosure-report/module.tsx';
import type { MenuEntry, ModuleRoute, WebModule } from './types.ts';

/**
 * Every module of the web app, like apps/server/src/modules/registry.ts on the server. A new module
 * adds one line here; its pages and menu entries follow from its definition.
 */
export const WEB_MODULES: WebModule[] = [
  workbenchModule,
  deadlinesModule,
  notificationsModule,
  organisationModule,
  calendarModule,
  auditModule,
  settingsModule,
  dictionariesModule,
  complianceModule,
  lawStudyModule,
  publicityModule,
  disclosureRequestModule,
  proactiveDisclosureModule,
  disclosureReportModule,
];

export const ALL_MENU_ENTRIES: MenuEntry[] = WEB_MODULES.flatMap((m) => m.menu);
export const ALL_MODULE_ROUTES: ModuleRoute[] = WEB_MODULES.flatMap((m) => m.routes);

/** Is there a page at this path (e.g. 'notifications')? Shell features link to module pages only when they exist. */
export function hasModuleRoute(path: string): boolean {
  return ALL_MODULE_ROUTES.some((r) => r.path === path);
}
