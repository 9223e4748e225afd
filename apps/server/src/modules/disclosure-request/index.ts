import type { ComplianceRule } from '../../platform/compliance/registry.ts';
import type { YifaModule } from '../../platform/modules.ts';
import { repliesInTimeRule } from './compliance.ts';
import { seedDisclosureRequestDemo } from './demo-seed.ts';
import { disclosureRequestPublicRoutes } from './public-pages.ts';
import { seedDisclosureRequestReference } from './reference-seed.ts';
import { disclosureRequestRoutes } from './routes.ts';

export { loadDisclosureReportFacts } from './report-facts.ts';
/** Rebuilds the stored repeat links (条例第四十四条) after a bulk load (the county data generator) or a migration. */
export { recomputeRepeatLinks } from './repository.ts';

/** The disclosure-request module (依申请公开). Its public surface: the plugin, and query functions other modules may call. */
export const disclosureRequestModule: YifaModule = {
  name: 'disclosure-request',
  routes: disclosureRequestRoutes,
  complianceRules: [repliesInTimeRule as unknown as ComplianceRule<never>],
  seedReference: seedDisclosureRequestReference,
  seedDemo: seedDisclosureRequestDemo,
  publicRoutes: disclosureRequestPublicRoutes,
  publicLinks: [
    {
      path: 'requests/apply',
      title: { zh: '依申请公开', en: 'Apply for information' },
      description: { zh: '在线提交政府信息公开申请（无需注册）', en: 'Apply online for government information (no account needed)' },
      order: 40,
    },
    {
      path: 'requests/track',
      title: { zh: '申请进度查询', en: 'Track an application' },
      description: { zh: '凭查询号和查询密码查看办理状态和答复期限', en: 'Follow your application with its number and secret' },
      order: 41,
    },
  ],
};
