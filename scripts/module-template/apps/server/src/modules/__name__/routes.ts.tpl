import { __camel__Api } from '@yifa/domain/__name__';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../../platform/http/route.ts';
import { create__Pascal__Record } from './use-cases/create-record.ts';
import { delete__Pascal__Record } from './use-cases/delete-record.ts';
import { get__Pascal__Record } from './use-cases/get-record.ts';
import { list__Pascal__Records } from './use-cases/list-records.ts';
import { update__Pascal__Record } from './use-cases/update-record.ts';

/** HTTP only: each contract of @yifa/domain/__name__ to its use case. */
export const __camel__Routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;
  route(app, __camel__Api.list, ({ auth, query }) => list__Pascal__Records(ctx, auth, query));
  route(app, __camel__Api.create, ({ auth, query, body }) => create__Pascal__Record(ctx, auth, query, body));
  route(app, __camel__Api.detail, ({ auth, params }) => get__Pascal__Record(ctx, auth, params.id));
  route(app, __camel__Api.update, ({ auth, params, body }) => update__Pascal__Record(ctx, auth, params.id, body));
  route(app, __camel__Api.delete, ({ auth, params }) => delete__Pascal__Record(ctx, auth, params.id));
};
