import { z } from 'zod';

/**
 * Platform settings an administrator can change. Defaults follow the assessors' common reading of
 * GB/T 22239-2019 §8.1.4.1 (rules.md §12): 8+ characters of 3 classes, lock after 5 failures for
 * 15 minutes, end idle sessions after 30 minutes.
 */
export const ZSecuritySettings = z
  .object({
    maxFailedLogins: z.number().int().min(3).max(20),
    lockMinutes: z.number().int().min(1).max(1440),
    idleMinutes: z.number().int().min(5).max(480),
    passwordMinLength: z.number().int().min(8).max(64),
    passwordMinClasses: z.number().int().min(2).max(4),
    requireAdminTotp: z.boolean(),
  })
  .strict();
export type SecuritySettings = z.infer<typeof ZSecuritySettings>;

export const ZFileSettings = z
  .object({
    maxUploadMb: z.number().int().min(1).max(4096),
  })
  .strict();
export type FileSettings = z.infer<typeof ZFileSettings>;

export const ZSettings = z.object({ security: ZSecuritySettings, files: ZFileSettings }).strict();
export type Settings = z.infer<typeof ZSettings>;

export const DEFAULT_SETTINGS: Settings = {
  security: { maxFailedLogins: 5, lockMinutes: 15, idleMinutes: 30, passwordMinLength: 8, passwordMinClasses: 3, requireAdminTotp: false },
  files: { maxUploadMb: 500 },
};

/** Character classes of a password: lower, upper, digit, other. */
export function passwordClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
}

export function isPasswordAcceptable(
  password: string,
  policy: Pick<SecuritySettings, 'passwordMinLength' | 'passwordMinClasses'>,
): boolean {
  return password.length >= policy.passwordMinLength && password.length <= 128 && passwordClasses(password) >= policy.passwordMinClasses;
}
