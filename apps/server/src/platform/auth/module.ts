import { ZChangePasswordRequest, ZLoginRequest, ZLoginResult, ZSessionInfo, ZTotpCode, ZTotpSetup } from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../http/access.ts';
import type { YifaModule } from '../modules.ts';
import { SESSION_COOKIE } from './tokens.ts';
import { changePassword } from './use-cases/change-password.ts';
import { getSessionInfo } from './use-cases/get-session-info.ts';
import { login } from './use-cases/login.ts';
import { logout } from './use-cases/logout.ts';
import { disableTotp, enableTotp, setupTotp, verifyTotp } from './use-cases/totp.ts';

const ZOk = z.object({ ok: z.literal(true) });

const routes: FastifyPluginAsyncZod = async (app) => {
  const cookieOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'strict' as const, secure });

  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '登录', body: ZLoginRequest, response: { 200: ZLoginResult } },
    },
    async (request, reply) => {
      const outcome = await login(app.ctx, request.body, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      reply.setCookie(SESSION_COOKIE, outcome.token, cookieOptions(request.protocol === 'https'));
      return outcome.result;
    },
  );

  app.post(
    '/auth/totp/verify',
    {
      config: { access: 'authenticated', allowIncomplete: 'mfaPending' },
      schema: { tags: ['auth'], summary: '登录第二步：动态验证码', body: ZTotpCode, response: { 200: ZOk } },
    },
    async (request) => {
      await verifyTotp(app.ctx, requireAuth(request), request.body.code);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'authenticated', allowIncomplete: 'mfaPending' },
      schema: { tags: ['auth'], summary: '退出登录', response: { 200: ZOk } },
    },
    async (request, reply) => {
      await logout(app.ctx, requireAuth(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/session',
    {
      config: { access: 'authenticated', allowIncomplete: 'mfaPending' },
      schema: { tags: ['auth'], summary: '当前登录信息', response: { 200: ZSessionInfo } },
    },
    async (request) => getSessionInfo(app.ctx, requireAuth(request)),
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'authenticated', allowIncomplete: 'passwordChange', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '修改本人密码', body: ZChangePasswordRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await changePassword(app.ctx, requireAuth(request), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/totp/setup',
    {
      config: { access: 'authenticated', allowIncomplete: 'passwordChange' },
      schema: { tags: ['auth'], summary: '开始绑定动态验证码', response: { 200: ZTotpSetup } },
    },
    async (request) => setupTotp(app.ctx, requireAuth(request)),
  );

  app.post(
    '/auth/totp/enable',
    {
      config: { access: 'authenticated', allowIncomplete: 'passwordChange' },
      schema: { tags: ['auth'], summary: '确认绑定动态验证码', body: ZTotpCode, response: { 200: ZOk } },
    },
    async (request) => {
      await enableTotp(app.ctx, requireAuth(request), request.body.code);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/totp/disable',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: '解除动态验证码', body: ZTotpCode, response: { 200: ZOk } },
    },
    async (request) => {
      await disableTotp(app.ctx, requireAuth(request), request.body.code);
      return { ok: true as const };
    },
  );
};

export const authModule: YifaModule = { name: 'auth', routes };
