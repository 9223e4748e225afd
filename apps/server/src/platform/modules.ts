import type { FastifyPluginAsync } from 'fastify';
import type { ComplianceRule } from './compliance/registry.ts';
import type { DocBlock } from './documents/index.ts';
import type { DbOrTx } from './db/client.ts';
import type { DemoSeeder } from './seed/demo.ts';
import type { ReferenceSeeder } from './seed/reference.ts';
import type { TownshipSeeder } from './township-seeders.ts';
import type { PublicLink } from './public-site/context.ts';

/**
 * A section a module contributes to a report the platform assembles (e.g. the township's
 * rule-of-law annual report, rules.md §5): its place, its title, and its blocks built from records.
 */
export interface ReportSection {
  report: 'ruleOfLawAnnual';
  /** Position within the report (sections sort by it). */
  order: number;
  titleZh: string;
  build(db: DbOrTx, input: { townshipId: string; year: number }): Promise<DocBlock[]>;
}

/**
 * The module contract (docs/modules.md): what a business module hands the platform. Deadlines are
 * contributed at run time through platform/deadlines `upsertDeadline`; the rest is declared here and
 * wired by the platform at start-up (routes under /api, rules in the compliance registry, seeders).
 */
export interface YifaModule {
  /** kebab-case module name, also the first part of its permission codes. */
  name: string;
  routes: FastifyPluginAsync;
  complianceRules?: ComplianceRule<never>[];
  /** Idempotent reference data for every environment (runs at every start). */
  seedReference?: ReferenceSeeder;
  /** Per-township reference data, in the township-creation transaction. */
  seedTownship?: TownshipSeeder;
  /** Records for the demo township (first start only). */
  seedDemo?: DemoSeeder;
  reportSections?: ReportSection[];
  /** Pages of the public site (no sign-in), mounted at /gk/<township division code>/ (docs/public-site.md). */
  publicRoutes?: FastifyPluginAsync;
  /** Entries of the public site's menu and home page. */
  publicLinks?: PublicLink[];
}

/** The sections of one report from every module, in order. */
export function reportSections(modules: YifaModule[], report: ReportSection['report']): ReportSection[] {
  return modules
    .flatMap((m) => m.reportSections ?? [])
    .filter((s) => s.report === report)
    .sort((a, b) => a.order - b.order);
}
