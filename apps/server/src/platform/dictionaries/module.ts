import {
  ZCreateDictionaryEntryRequest,
  ZDictionary,
  ZDictionaryCode,
  ZDictionaryEntry,
  ZDictionaryListQuery,
  ZUpdateDictionaryEntryRequest,
  ZUuid,
} from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../http/access.ts';
import type { YifaModule } from '../modules.ts';
import { resolveReadTownship } from './policy.ts';
import { presentDictionaries, presentEntry } from './presenter.ts';
import { listEntries } from './repository.ts';
import { createEntry } from './use-cases/create-entry.ts';
import { deleteEntry } from './use-cases/delete-entry.ts';
import { updateEntry } from './use-cases/update-entry.ts';

const ZDictionaryParams = z.object({ dictionary: ZDictionaryCode }).strict();
const ZEntryParams = z.object({ dictionary: ZDictionaryCode, id: ZUuid }).strict();

const routes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['dictionaries'];

  app.get(
    '/dictionaries',
    {
      config: { access: 'platform:dictionary:read' },
      schema: {
        tags,
        summary: '字典及其条目（默认只含启用的条目）',
        querystring: ZDictionaryListQuery,
        response: { 200: z.array(ZDictionary) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const townshipId = await resolveReadTownship(ctx.db, auth, request.query.townshipId);
      return presentDictionaries(
        townshipId,
        await listEntries(ctx.db, townshipId, { includeInactive: request.query.includeInactive === '1' }),
      );
    },
  );

  app.post(
    '/dictionaries/:dictionary/entries',
    {
      config: { access: 'platform:dictionary:write' },
      schema: {
        tags,
        summary: '新增本乡镇的字典条目',
        params: ZDictionaryParams,
        body: ZCreateDictionaryEntryRequest,
        response: { 201: ZDictionaryEntry },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentEntry(await createEntry(ctx, requireAuth(request), request.params.dictionary, request.body))),
  );

  app.patch(
    '/dictionaries/:dictionary/entries/:id',
    {
      config: { access: 'platform:dictionary:write' },
      schema: {
        tags,
        summary: '修改字典条目（名称、排序、启用）；内置条目的代码不能修改',
        params: ZEntryParams,
        body: ZUpdateDictionaryEntryRequest,
        response: { 200: ZDictionaryEntry },
      },
    },
    async (request) =>
      presentEntry(await updateEntry(ctx, requireAuth(request), request.params.dictionary, request.params.id, request.body)),
  );

  app.delete(
    '/dictionaries/:dictionary/entries/:id',
    {
      config: { access: 'platform:dictionary:write' },
      schema: {
        tags,
        summary: '删除自定义字典条目（软删除）；内置条目只能停用',
        params: ZEntryParams,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await deleteEntry(ctx, requireAuth(request), request.params.dictionary, request.params.id);
      return { ok: true as const };
    },
  );
};

/** Dictionaries (字典): the township-editable lists records pick from. */
export const dictionariesModule: YifaModule = { name: 'dictionaries', routes };
