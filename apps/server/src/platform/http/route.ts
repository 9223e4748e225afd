import type { BodyOf, ParamsOf, QueryOf, ResponseOf, RouteContract } from '@yifa/domain';
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/auth-context.ts';
import { requireAuth } from './access.ts';

/** What a handler receives: the parsed inputs, the caller, and the raw request and reply (for files and cookies). */
export interface RouteInput<C extends RouteContract> {
  params: ParamsOf<C>;
  query: QueryOf<C>;
  body: BodyOf<C>;
  /** The signed-in caller (every non-public route has one; `public` routes must not read it). */
  auth: AuthContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** Returns the response body, or the reply itself when it has sent a file (`sendDownload`) or a redirect. */
export type RouteHandler<C extends RouteContract> = (
  input: RouteInput<C>,
) => Promise<ResponseOf<C> | FastifyReply> | ResponseOf<C> | FastifyReply;

export interface RouteOptions {
  /** Route config beyond `access` (e.g. allowIncomplete for the password-change routes). */
  config?: Omit<FastifyContextConfig, 'access'>;
  bodyLimit?: number;
}

/**
 * Registers one route from its contract (packages/domain, `<module>/api.ts`): the permission goes
 * into `config.access`, the schemas into Fastify (request validation, response serialisation and
 * the OpenAPI document: every body is described), the status of a create is set, and the handler
 * gets typed inputs. Nothing about the route is written twice.
 */
export function route<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  handler: RouteHandler<C>,
  options: RouteOptions = {},
): void {
  const status = contract.status ?? 200;
  app.route({
    method: contract.method,
    url: contract.path,
    config: { ...options.config, access: contract.access },
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    schema: {
      tags: [contract.tag],
      summary: contract.summary,
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { querystring: contract.query } : {}),
      ...(contract.body ? { body: contract.body } : {}),
      ...(contract.consumes ? { consumes: [...contract.consumes] } : {}),
      response: { [status]: contract.response },
    },
    handler: async (request, reply) => {
      const auth = contract.access === 'public' ? (request.auth as AuthContext) : requireAuth(request);
      const result = await handler({
        params: request.params as ParamsOf<C>,
        query: request.query as QueryOf<C>,
        body: request.body as BodyOf<C>,
        auth,
        request,
        reply,
      });
      if (result === reply) return reply;
      return reply.code(status).send(result);
    },
  });
}
