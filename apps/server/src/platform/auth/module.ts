import { authApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { SESSION_COOKIE } from './tokens.ts';
import { changePassword } from './use-cases/change-password.ts';
import { getSessionInfo } from './use-cases/get-session-info.ts';
import { login } from './use-cases/login.ts';
import { logout } from './use-cases/logout.ts';
import { disableTotp, enableTotp, setupTotp, verifyTotp } from './use-cases/totp.ts';

const OK = { ok: true as const };

const routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;
  const cookieOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'strict' as const, secure });
  // Sign-in is rate limited per address (guessing passwords); so is the password change.
  const loginLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };
  const passwordLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

  route(
    app,
    authApi.login,
    async ({ body, request, reply }) => {
      const outcome = await login(ctx, body, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      reply.setCookie(SESSION_COOKIE, outcome.token, cookieOptions(request.protocol === 'https'));
      return outcome.result;
    },
    { config: loginLimit },
  );

  // The steps of a sign-in not yet complete (second factor pending, password to change) are
  // allowed only on the routes that complete it (allowIncomplete).
  route(
    app,
    authApi.verifyTotp,
    async ({ auth, body }) => {
      await verifyTotp(ctx, auth, body.code);
      return OK;
    },
    { config: { allowIncomplete: 'mfaPending' } },
  );

  route(
    app,
    authApi.logout,
    async ({ auth, reply }) => {
      await logout(ctx, auth);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return OK;
    },
    { config: { allowIncomplete: 'mfaPending' } },
  );

  route(app, authApi.session, ({ auth }) => getSessionInfo(ctx, auth), { config: { allowIncomplete: 'mfaPending' } });

  route(
    app,
    authApi.changePassword,
    async ({ auth, body }) => {
      await changePassword(ctx, auth, body);
      return OK;
    },
    { config: { allowIncomplete: 'passwordChange', ...passwordLimit } },
  );

  route(app, authApi.setupTotp, ({ auth }) => setupTotp(ctx, auth), { config: { allowIncomplete: 'passwordChange' } });

  route(
    app,
    authApi.enableTotp,
    async ({ auth, body }) => {
      await enableTotp(ctx, auth, body.code);
      return OK;
    },
    { config: { allowIncomplete: 'passwordChange' } },
  );

  route(app, authApi.disableTotp, async ({ auth, body }) => {
    await disableTotp(ctx, auth, body.code);
    return OK;
  });
};

export const authModule: YifaModule = { name: 'auth', routes };
