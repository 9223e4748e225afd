import type { FastifyPluginAsync } from 'fastify';

/**
 * The module contract (docs/modules.md): what a business module hands the platform.
 * Routes are registered under /api; the other members are picked up by the registries
 * (deadlines, compliance, reports, demo seed) as those land.
 */
export interface YifaModule {
  /** kebab-case module name, also the first part of its permission codes. */
  name: string;
  routes: FastifyPluginAsync;
}
