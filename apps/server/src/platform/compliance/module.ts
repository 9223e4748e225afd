import {
  ZComplianceQuery,
  ZComplianceReport,
  ZComplianceSettings,
  ZComplianceSettingsParams,
  ZComplianceSettingsQuery,
  ZSaveComplianceSettingsRequest,
} from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/app-error.ts';
import type { YifaModule } from '../modules.ts';
import { registerPlatformComplianceRules } from './rules/register-platform-rules.ts';
import { getComplianceSettings, saveComplianceSettings } from './use-cases/compliance-settings.ts';
import { evaluateCompliance } from './use-cases/evaluate-compliance.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  registerPlatformComplianceRules();
  const ctx = app.ctx;
  const tags = ['compliance'];

  app.get(
    '/compliance',
    {
      config: { access: 'platform:compliance:read' },
      schema: {
        tags,
        summary: '合规情况：每条规则 × 范围内每个机构的结果及证据',
        querystring: ZComplianceQuery,
        response: { 200: ZComplianceReport },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const q = request.query;
      if (q.townshipId && auth.scope.townshipIds !== 'all' && !auth.scope.townshipIds.includes(q.townshipId))
        throw new AppError('RECORD.NOT_FOUND');
      return evaluateCompliance(ctx.db, auth.scope, q, (code, error) =>
        request.log.error({ err: error, rule: code }, 'compliance rule failed'),
      );
    },
  );

  app.get(
    '/compliance/settings/:ruleCode/:year',
    {
      config: { access: 'platform:compliance:configure' },
      schema: {
        tags,
        summary: '一条合规规则在本乡镇某年度的参数与启用状态',
        params: ZComplianceSettingsParams,
        querystring: ZComplianceSettingsQuery,
        response: { 200: ZComplianceSettings },
      },
    },
    async (request) =>
      getComplianceSettings(ctx.db, requireAuth(request), request.params.ruleCode, request.params.year, request.query.townshipId),
  );

  app.put(
    '/compliance/settings/:ruleCode/:year',
    {
      config: { access: 'platform:compliance:configure' },
      schema: {
        tags,
        summary: '设置一条合规规则在本乡镇某年度的参数与启用状态',
        params: ZComplianceSettingsParams,
        querystring: ZComplianceSettingsQuery,
        body: ZSaveComplianceSettingsRequest,
        response: { 200: ZComplianceSettings },
      },
    },
    async (request) =>
      saveComplianceSettings(
        ctx,
        requireAuth(request),
        request.params.ruleCode,
        request.params.year,
        request.body,
        request.query.townshipId,
      ),
  );
};

/** The compliance page (合规情况) and rule settings; rules come from `registerComplianceRule` (./index.ts). */
export const complianceModule: YifaModule = { name: 'compliance', routes };
