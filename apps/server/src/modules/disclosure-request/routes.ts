import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// HTTP only: path, zod schemas from @yifa/domain, the permission (config.access), a use case call.
export const disclosureRequestRoutes: FastifyPluginAsyncZod = async (_app) => {};
