import { complianceApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { resolveTownship } from '../policy/index.ts';
import { registerPlatformComplianceRules } from './rules/register-platform-rules.ts';
import { getComplianceSettings, saveComplianceSettings } from './use-cases/compliance-settings.ts';
import { evaluateCompliance } from './use-cases/evaluate-compliance.ts';

const routes: FastifyPluginAsync = async (app) => {
  registerPlatformComplianceRules();
  const ctx = app.ctx;

  route(app, complianceApi.report, async ({ auth, query, request }) => {
    // Without a township the report covers every township the caller sees; a named one must be one of them.
    if (query.townshipId) await resolveTownship(ctx.db, auth, query.townshipId, 'read');
    return evaluateCompliance(ctx.db, auth.scope, query, (code, error) =>
      request.log.error({ err: error, rule: code }, 'compliance rule failed'),
    );
  });

  route(app, complianceApi.getSettings, ({ auth, params, query }) =>
    getComplianceSettings(ctx.db, auth, params.ruleCode, params.year, query.townshipId),
  );

  route(app, complianceApi.saveSettings, ({ auth, params, query, body }) =>
    saveComplianceSettings(ctx, auth, params.ruleCode, params.year, body, query.townshipId),
  );
};

/** The compliance page (合规情况) and rule settings; rules come from `registerComplianceRule` (./index.ts). */
export const complianceModule: YifaModule = { name: 'compliance', routes };
