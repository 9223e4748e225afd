import { ZSettings, ZUpdateSettingsRequest } from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../http/access.ts';
import type { YifaModule } from '../modules.ts';
import { readSettings } from './settings-service.ts';
import { updateSettings } from './use-cases/update-settings.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['settings'];

  app.get(
    '/settings',
    {
      config: { access: 'platform:settings:read' },
      schema: { tags, summary: '系统设置（安全策略、附件大小上限）', response: { 200: ZSettings } },
    },
    async () => readSettings(ctx.db),
  );

  app.put(
    '/settings',
    {
      config: { access: 'platform:settings:write' },
      schema: {
        tags,
        summary: '修改系统设置（仅系统管理员；每组设置整体提交）',
        body: ZUpdateSettingsRequest,
        response: { 200: ZSettings },
      },
    },
    async (request) => updateSettings(ctx, requireAuth(request), request.body),
  );
};

/** Installation settings: security policy and attachment limit. */
export const settingsModule: YifaModule = { name: 'settings', routes };
