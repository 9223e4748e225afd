import type { RouteAccess } from '@yifa/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/auth-context.ts';
import { loadAuth } from '../auth/load-auth.ts';
import { CSRF_HEADER, SESSION_COOKIE, hashToken, safeEqual } from '../auth/tokens.ts';
import { AppError } from './app-error.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route requires; every /api route must say (a test and a start-up check enforce it). */
    access?: RouteAccess;
    /** Reachable before the initial password is changed / the second factor is set up or given. */
    allowIncomplete?: 'passwordChange' | 'mfaPending';
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The routes registered, with their access, for the route-permission test and the OpenAPI doc. */
export const registeredRoutes: { method: string; url: string; access: RouteAccess | undefined }[] = [];

export function registerAccessControl(app: FastifyInstance): void {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') registeredRoutes.push({ method, url: route.url, access });
    if (!access) throw new Error(`路由 ${methods.join(',')} ${route.url} 没有声明权限 (config.access)`);
  });

  // preValidation: access is decided before the body is looked at, so a stranger learns nothing from a 400.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const config = request.routeOptions.config as { access?: RouteAccess; allowIncomplete?: string };
    const access = config.access;
    if (!access || !request.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method)) checkOrigin(request);
    if (access === 'public') return;

    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('AUTH.UNAUTHENTICATED');
    const { ctx } = request.server;
    const cached = ctx.authCache?.get(hashToken(token));
    const auth = cached ? { ...cached, ip: request.ip } : await loadAuth(ctx.db, token, request.ip, (await ctx.settings.get()).security);
    if (!cached) ctx.authCache?.set(auth);
    request.auth = auth;

    // CSRF: a state-changing request must echo the session's token in a header, which a page of
    // another site can neither read nor set (SameSite=Strict cookies are the second wall).
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, auth.csrfToken)) throw new AppError('AUTH.CSRF_FAILED');
    }
    if (auth.isMfaPending) {
      if (config.allowIncomplete !== 'mfaPending') throw new AppError('AUTH.TOTP_REQUIRED');
      return;
    }
    // 'mfaPending' routes (session, logout) are also open while the password must change.
    if (!config.allowIncomplete) {
      if (auth.user.mustChangePassword) throw new AppError('AUTH.PASSWORD_CHANGE_REQUIRED');
      if (auth.isTotpSetupRequired) throw new AppError('AUTH.TOTP_SETUP_REQUIRED');
    }
    if (access === 'authenticated') return;
    if (!auth.permissions.has(access)) throw new AppError('AUTH.FORBIDDEN', { detail: `missing ${access}` });
    if (auth.scope.isReadOnly && !SAFE_METHODS.has(request.method)) throw new AppError('AUTH.FORBIDDEN', { detail: 'read-only scope' });
  });
}

/** A cross-site form or script announces itself in Origin; refuse it for every state change. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  const host = request.headers.host;
  try {
    if (new URL(origin).host !== host) throw new AppError('AUTH.CSRF_FAILED', { detail: `origin ${origin} != host ${host}` });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('AUTH.CSRF_FAILED', { detail: 'bad origin' });
  }
}

/** For handlers of authenticated routes: the caller, known to be there. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('AUTH.UNAUTHENTICATED');
  return request.auth;
}
