import { settingsApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { readSettings } from './settings-service.ts';
import { updateSettings } from './use-cases/update-settings.ts';

const routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;
  route(app, settingsApi.get, () => readSettings(ctx.db));
  route(app, settingsApi.update, ({ auth, body }) => updateSettings(ctx, auth, body));
};

/** Installation settings: security policy and attachment limit. */
export const settingsModule: YifaModule = { name: 'settings', routes };
