import { ZChangePasswordRequest, ZLoginRequest, ZLoginResult, ZSessionInfo, ZTotpCode, ZTotpSetup } from './auth-contracts.ts';
import { defineRoute, ZNoBody, ZOk } from './route-contract.ts';

const tag = 'auth';

/**
 * Sign-in, the second factor, the session and one's own password. The web's sign-in path (login,
 * TOTP step, forced password change) imports only the types of these (its bundle carries no zod).
 */
export const authApi = {
  login: defineRoute({
    method: 'POST',
    path: '/auth/login',
    access: 'public',
    tag,
    summary: '登录',
    body: ZLoginRequest,
    response: ZLoginResult,
  }),
  verifyTotp: defineRoute({
    method: 'POST',
    path: '/auth/totp/verify',
    access: 'authenticated',
    tag,
    summary: '登录第二步：动态验证码',
    body: ZTotpCode,
    response: ZOk,
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    access: 'authenticated',
    tag,
    summary: '退出登录',
    body: ZNoBody,
    response: ZOk,
  }),
  session: defineRoute({
    method: 'GET',
    path: '/auth/session',
    access: 'authenticated',
    tag,
    summary: '当前登录信息',
    response: ZSessionInfo,
  }),
  changePassword: defineRoute({
    method: 'POST',
    path: '/auth/password',
    access: 'authenticated',
    tag,
    summary: '修改本人密码',
    body: ZChangePasswordRequest,
    response: ZOk,
  }),
  setupTotp: defineRoute({
    method: 'POST',
    path: '/auth/totp/setup',
    access: 'authenticated',
    tag,
    summary: '开始绑定动态验证码',
    body: ZNoBody,
    response: ZTotpSetup,
  }),
  enableTotp: defineRoute({
    method: 'POST',
    path: '/auth/totp/enable',
    access: 'authenticated',
    tag,
    summary: '确认绑定动态验证码',
    body: ZTotpCode,
    response: ZOk,
  }),
  disableTotp: defineRoute({
    method: 'POST',
    path: '/auth/totp/disable',
    access: 'authenticated',
    tag,
    summary: '解除动态验证码',
    body: ZTotpCode,
    response: ZOk,
  }),
};
