import type { YifaModule } from '../../platform/modules.ts';
import { PUBLICITY_RULES } from './compliance.ts';
import { PUBLICITY_PUBLIC_LINKS, publicityPublicRoutes } from './public-pages.ts';
import { publicityReportSection } from './report-sections.ts';
import { publicityRoutes } from './routes.ts';
import { seedPublicityDemo } from './demo-seed.ts';
import { seedCampaigns } from './township-seed.ts';
import { currentYearInChina } from '../../platform/calendar/today.ts';

/**
 * The publicity module (普法): campaigns, the offices' duty lists (谁执法谁普法), activities, their
 * coverage, the ledger and the publicity section of the rule-of-law annual report.
 */
export const publicityModule: YifaModule = {
  name: 'publicity',
  routes: publicityRoutes,
  complianceRules: PUBLICITY_RULES as YifaModule['complianceRules'],
  // A new township starts with the national publicity calendar of the current year.
  seedTownship: (tx, townshipId) => seedCampaigns(tx, townshipId, currentYearInChina()),
  seedDemo: seedPublicityDemo,
  reportSections: [publicityReportSection],
  // The duty lists are public by law (2017 意见: 清单向社会公开).
  publicRoutes: publicityPublicRoutes,
  publicLinks: PUBLICITY_PUBLIC_LINKS,
};
