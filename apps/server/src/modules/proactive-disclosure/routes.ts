import { proactiveDisclosureApi as api } from '@yifa/domain/proactive-disclosure';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../platform/http/route.ts';
import { createBoard } from './use-cases/create-board.ts';
import { createCatalogItem } from './use-cases/create-catalog-item.ts';
import { createPublication } from './use-cases/create-publication.ts';
import { createVillageDisclosure } from './use-cases/create-village-disclosure.ts';
import { deleteBoardUpdate } from './use-cases/delete-board-update.ts';
import { deleteCatalogItem } from './use-cases/delete-catalog-item.ts';
import { deletePublication } from './use-cases/delete-publication.ts';
import { deleteVillageDisclosure } from './use-cases/delete-village-disclosure.ts';
import { getFacts } from './use-cases/get-facts.ts';
import { getGuideSettings } from './use-cases/get-guide-settings.ts';
import { getPublication } from './use-cases/get-publication.ts';
import { listBoardUpdates } from './use-cases/list-board-updates.ts';
import { listBoardsWithState } from './use-cases/list-boards.ts';
import { listCatalog } from './use-cases/list-catalog.ts';
import { listPublications } from './use-cases/list-publications.ts';
import { listVillageDisclosures } from './use-cases/list-village-disclosures.ts';
import { recordBoardUpdate } from './use-cases/record-board-update.ts';
import { saveGuideSettings } from './use-cases/save-guide-settings.ts';
import { updateBoard } from './use-cases/update-board.ts';
import { updateCatalogItem } from './use-cases/update-catalog-item.ts';
import { updatePublication } from './use-cases/update-publication.ts';

const ok = { ok: true as const };

// HTTP only: each route is its contract (packages/domain/src/proactive-disclosure/api.ts) and a use case.
export const proactiveDisclosureRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  // ── 公开目录 ──
  route(app, api.listCatalog, ({ auth }) => listCatalog(ctx, auth));
  route(app, api.createCatalogItem, async ({ auth, body }) => ({ id: (await createCatalogItem(ctx, auth, body)).id }));
  route(app, api.updateCatalogItem, ({ auth, params, body }) => updateCatalogItem(ctx, auth, params.id, body));
  route(app, api.deleteCatalogItem, async ({ auth, params }) => {
    await deleteCatalogItem(ctx, auth, params.id);
    return ok;
  });

  // ── 主动公开记录 ──
  route(app, api.listPublications, ({ auth, query }) => listPublications(ctx, auth, query));
  route(app, api.getPublication, ({ auth, params }) => getPublication(ctx, auth, params.id));
  route(app, api.createPublication, ({ auth, body }) => createPublication(ctx, auth, body));
  route(app, api.updatePublication, ({ auth, params, body }) => updatePublication(ctx, auth, params.id, body));
  route(app, api.deletePublication, async ({ auth, params }) => {
    await deletePublication(ctx, auth, params.id);
    return ok;
  });
  route(app, api.facts, ({ auth, query }) => getFacts(ctx, auth, query));

  // ── 公开栏 ──
  route(app, api.listBoards, ({ auth, query }) => listBoardsWithState(ctx.db, auth, query.year));
  route(app, api.createBoard, async ({ auth, body }) => ({ id: (await createBoard(ctx, auth, body)).id }));
  route(app, api.updateBoard, async ({ auth, params, body }) => {
    await updateBoard(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.listBoardUpdates, ({ auth, params }) => listBoardUpdates(ctx, auth, params.id));
  route(app, api.recordBoardUpdate, async ({ auth, params, body }) => ({ id: (await recordBoardUpdate(ctx, auth, params.id, body)).id }));
  route(app, api.deleteBoardUpdate, async ({ auth, params }) => {
    await deleteBoardUpdate(ctx, auth, params.id);
    return ok;
  });

  // ── 村务公开、党务公开 ──
  route(app, api.listVillageDisclosures, ({ auth, query }) => listVillageDisclosures(ctx, auth, query));
  route(app, api.createVillageDisclosure, async ({ auth, body }) => ({ id: (await createVillageDisclosure(ctx, auth, body)).id }));
  route(app, api.deleteVillageDisclosure, async ({ auth, params }) => {
    await deleteVillageDisclosure(ctx, auth, params.id);
    return ok;
  });

  // ── 政府信息公开指南（条例第十二条）──
  route(app, api.getGuideSettings, ({ auth, query }) => getGuideSettings(ctx, auth, query));
  route(app, api.saveGuideSettings, ({ auth, body }) => saveGuideSettings(ctx, auth, body));
};
