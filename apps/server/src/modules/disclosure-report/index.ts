import type { YifaModule } from '../../platform/modules.ts';
import { seedDisclosureReportDemo } from './demo-seed.ts';
import { reportPublicLinks, reportPublicRoutes } from './public-pages.ts';
import { disclosureReportRoutes } from './routes.ts';

/**
 * 政府信息公开工作年度报告 (条例第四十九、五十条; 国办公开办函〔2021〕30号): tables computed from the
 * disclosure-request and proactive-disclosure records, checked against the format, published on the
 * public site.
 */
export const disclosureReportModule: YifaModule = {
  name: 'disclosure-report',
  routes: disclosureReportRoutes,
  publicRoutes: reportPublicRoutes,
  publicLinks: reportPublicLinks,
  seedDemo: seedDisclosureReportDemo,
};
