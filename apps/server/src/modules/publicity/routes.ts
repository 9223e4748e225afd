import { MEDIA_TYPES } from '@yifa/domain';
import { publicityApi as api } from '@yifa/domain/publicity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../platform/http/route.ts';
import { sendDownload } from '../../platform/http/send-download.ts';
import { buildCoverage } from './use-cases/build-coverage.ts';
import { buildSummary } from './use-cases/build-summary.ts';
import { createActivity } from './use-cases/create-activity.ts';
import { createCampaign } from './use-cases/create-campaign.ts';
import { createDutyItem } from './use-cases/create-duty-item.ts';
import { deleteActivity } from './use-cases/delete-activity.ts';
import { deleteCampaign } from './use-cases/delete-campaign.ts';
import { deleteDutyItem } from './use-cases/delete-duty-item.ts';
import { exportLedger } from './use-cases/export-ledger.ts';
import { getActivity } from './use-cases/get-activity.ts';
import { listActivities } from './use-cases/list-activities.ts';
import { listCampaigns } from './use-cases/list-campaigns.ts';
import { listDutyItems } from './use-cases/list-duty-items.ts';
import { rollCampaigns } from './use-cases/roll-campaigns.ts';
import { updateActivity } from './use-cases/update-activity.ts';
import { updateCampaign } from './use-cases/update-campaign.ts';
import { updateDutyItem } from './use-cases/update-duty-item.ts';

const ok = { ok: true as const };

// HTTP only: each route is its contract (packages/domain/src/publicity/api.ts) and a use case.
export const publicityRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  // ── Campaigns (主题活动) ──
  route(app, api.listCampaigns, ({ auth, query }) => listCampaigns(ctx, auth, query));
  route(app, api.createCampaign, async ({ auth, body }) => ({ id: (await createCampaign(ctx, auth, body)).id }));
  route(app, api.rollCampaigns, ({ auth, body }) => rollCampaigns(ctx, auth, body));
  route(app, api.updateCampaign, async ({ auth, params, body }) => {
    await updateCampaign(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.deleteCampaign, async ({ auth, params }) => {
    await deleteCampaign(ctx, auth, params.id);
    return ok;
  });

  // ── Duty lists (普法责任清单) ──
  route(app, api.listDutyItems, ({ auth, query }) => listDutyItems(ctx, auth, query));
  route(app, api.createDutyItem, async ({ auth, body }) => ({ id: (await createDutyItem(ctx, auth, body)).id }));
  route(app, api.updateDutyItem, async ({ auth, params, body }) => {
    await updateDutyItem(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.deleteDutyItem, async ({ auth, params }) => {
    await deleteDutyItem(ctx, auth, params.id);
    return ok;
  });

  // ── Activities (普法活动) ──
  route(app, api.listActivities, ({ auth, query }) => listActivities(ctx, auth, query));
  route(app, api.getActivity, ({ auth, params }) => getActivity(ctx, auth, params.id));
  route(app, api.createActivity, async ({ auth, body }) => ({ id: (await createActivity(ctx, auth, body)).id }));
  route(app, api.updateActivity, async ({ auth, params, body }) => {
    await updateActivity(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.deleteActivity, async ({ auth, params }) => {
    await deleteActivity(ctx, auth, params.id);
    return ok;
  });

  // ── Coverage, summary, ledger ──
  route(app, api.coverage, ({ auth, query }) => buildCoverage(ctx, auth, query));
  route(app, api.summary, ({ auth, query }) => buildSummary(ctx, auth, query));
  route(app, api.ledger, async ({ auth, query, reply }) => {
    const { fileName, body } = await exportLedger(ctx, auth, query);
    return sendDownload(reply, { body, fileName, mediaType: MEDIA_TYPES.xlsx });
  });
};
