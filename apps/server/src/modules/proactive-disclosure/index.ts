import type { ComplianceRule } from '../../platform/compliance/registry.ts';
import type { YifaModule } from '../../platform/modules.ts';
import { PROACTIVE_DISCLOSURE_RULES } from './compliance.ts';
import { PUBLIC_LINKS, proactiveDisclosurePublicRoutes } from './public-pages.ts';
import { proactiveDisclosureRoutes } from './routes.ts';
import { seedProactiveDisclosureDemo } from './demo-seed.ts';
import { seedProactiveDisclosureTownship } from './township-seed.ts';

/**
 * The proactive-disclosure module (主动公开, 《政府信息公开条例》第十九条至第二十六条): the catalogue,
 * publications, notice boards, village / party affairs disclosure, the public pages (published
 * information, the guide) and the facts the annual report takes.
 */
export const proactiveDisclosureModule: YifaModule = {
  name: 'proactive-disclosure',
  routes: proactiveDisclosureRoutes,
  complianceRules: PROACTIVE_DISCLOSURE_RULES as unknown as ComplianceRule<never>[],
  seedTownship: seedProactiveDisclosureTownship,
  seedDemo: seedProactiveDisclosureDemo,
  publicRoutes: proactiveDisclosurePublicRoutes,
  publicLinks: PUBLIC_LINKS,
};

/** For the annual report (disclosure-report): the year's proactive-disclosure figures of a township. */
export { loadDisclosureActivityFacts } from './report-facts.ts';
