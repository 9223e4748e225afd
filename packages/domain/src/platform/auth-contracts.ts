import { z } from 'zod';

export const ZLoginRequest = z
  .object({
    username: z.string().trim().min(1, '请输入用户名').max(64),
    password: z.string().min(1, '请输入密码').max(128),
  })
  .strict();
export type LoginRequest = z.infer<typeof ZLoginRequest>;

export const ZLoginResult = z.object({
  status: z.enum(['ok', 'totpRequired']),
  mustChangePassword: z.boolean(),
  isTotpSetupRequired: z.boolean(),
});
export type LoginResult = z.infer<typeof ZLoginResult>;

export const ZTotpCode = z.object({ code: z.string().regex(/^\d{6}$/, '请输入 6 位数字验证码') }).strict();

export const ZChangePasswordRequest = z
  .object({
    currentPassword: z.string().min(1, '请输入原密码').max(128),
    newPassword: z.string().min(1, '请输入新密码').max(128),
  })
  .strict();
export type ChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZSessionInfo = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    townshipId: z.string().nullable(),
    townshipName: z.string().nullable(),
    orgId: z.string().nullable(),
    orgName: z.string().nullable(),
    locale: z.string(),
    isTotpEnabled: z.boolean(),
  }),
  csrfToken: z.string(),
  mustChangePassword: z.boolean(),
  isMfaPending: z.boolean(),
  isTotpSetupRequired: z.boolean(),
  roleCodes: z.array(z.string()),
  permissions: z.array(z.string()),
  dataScope: z.string(),
  isReadOnly: z.boolean(),
  idleMinutes: z.number(),
  passwordPolicy: z.object({ minLength: z.number(), minClasses: z.number() }),
});
export type SessionInfo = z.infer<typeof ZSessionInfo>;

export const ZTotpSetup = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export type TotpSetup = z.infer<typeof ZTotpSetup>;
