import { dictionariesApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { resolveTownship } from '../policy/index.ts';
import { presentDictionaries, presentEntry } from './presenter.ts';
import { listEntries } from './repository.ts';
import { createEntry } from './use-cases/create-entry.ts';
import { deleteEntry } from './use-cases/delete-entry.ts';
import { updateEntry } from './use-cases/update-entry.ts';

const routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;

  route(app, dictionariesApi.list, async ({ auth, query }) => {
    const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
    return presentDictionaries(auth, townshipId, await listEntries(ctx.db, townshipId, { includeInactive: query.includeInactive === '1' }));
  });

  route(app, dictionariesApi.createEntry, async ({ auth, params, body }) =>
    presentEntry(auth, await createEntry(ctx, auth, params.dictionary, body)),
  );

  route(app, dictionariesApi.updateEntry, async ({ auth, params, body }) =>
    presentEntry(auth, await updateEntry(ctx, auth, params.dictionary, params.id, body)),
  );

  route(app, dictionariesApi.deleteEntry, async ({ auth, params }) => {
    await deleteEntry(ctx, auth, params.dictionary, params.id);
    return { ok: true as const };
  });
};

/** Dictionaries (字典): the township-editable lists records pick from. */
export const dictionariesModule: YifaModule = { name: 'dictionaries', routes };
