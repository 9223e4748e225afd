import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAccessControl } from './platform/http/access.ts';
import type { AppContext } from './platform/http/app-context.ts';
import { problem, registerProblemHandlers, sendProblem } from './platform/http/problem.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { createResponseSerializer, type ZodFallback } from './platform/http/serializer.ts';
import { plainTextValidatorCompiler } from './platform/http/validator.ts';
import { MODULES } from './modules/registry.ts';
import { registerComplianceRule } from './platform/compliance/registry.ts';
import { registerPublicSite } from './platform/public-site/plugin.ts';

export interface BuildAppOptions {
  logger?: boolean | { level: string };
  /** Serve the built web app (production); tests leave it off. */
  serveWeb?: boolean;
  /** Behind a reverse proxy (YIFA_TRUST_PROXY=1): client addresses from X-Forwarded-For. */
  isBehindProxy?: boolean;
  /**
   * Also check every response against its contract with zod (the test harness): production only
   * writes it with the compiled serializer (platform/http/serializer.ts).
   */
  isResponseChecked?: boolean;
}

/** The last app built: how many responses it compiled and which zod writes instead (serializer.test.ts). */
export let responseSerializerReport: { fallbacks: readonly ZodFallback[]; compiled: { count: number } } = {
  fallbacks: [],
  compiled: { count: 0 },
};

/**
 * One log line per request instead of Fastify's two ("incoming request" with the request's fields,
 * then "request completed"): at LOG_LEVEL=info the two cost the people list ~0.7 ms of CPU per
 * request, more than half its own work; one light line costs ~0.4 ms (bench/multi/run.ts
 * --log-level info). An error keeps Fastify's full "request errored" line.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) return super.requestCompleted(error, request, reply);
    reply.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  }
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: options.isBehindProxy ?? false,
    logController: new OneLinePerRequest(),
    // Unknown fields are an error (zod .strict()), not silently dropped.
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(plainTextValidatorCompiler);
  const serializer = createResponseSerializer({ isChecked: options.isResponseChecked ?? false });
  app.setSerializerCompiler(serializer.compiler);
  responseSerializerReport = serializer;
  app.addHook('onReady', async () => {
    for (const f of serializer.fallbacks) app.log.warn(`response of ${f.method} ${f.url} written by zod: ${f.reason}`);
  });
  app.decorate('ctx', ctx);

  // First, so that every response (errors and rate-limit refusals included) carries them.
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: { info: { title: 'Yifa (依法) API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  registerProblemHandlers(app);
  registerAccessControl(app);

  for (const mod of MODULES) for (const rule of mod.complianceRules ?? []) registerComplianceRule(rule);
  await app.register(
    async (api) => {
      for (const mod of MODULES) await api.register(mod.routes);
    },
    { prefix: '/api' },
  );

  await registerPublicSite(app, MODULES);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const webDist = ctx.config.webDist;
  const hasWeb = options.serveWeb && fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      maxAge: '1h',
      immutable: false,
      // index.html names the hashed bundle of the running version: revalidated on every load, or a
      // browser keeps the previous version's page (and its deleted bundle) for an hour after an update.
      setHeaders: (reply, filePath) => {
        if (path.basename(filePath) === 'index.html') reply.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/gk/') && hasWeb && request.method === 'GET') {
      // The web app routes on the client: any page path gets index.html.
      return reply.sendFile('index.html');
    }
    return sendProblem(reply, problem('REQUEST.NOT_FOUND', { instance: request.url }));
  });
  return app;
}
