import { z } from 'zod';
import { ZFileSettings, ZSecuritySettings } from './settings.ts';

/**
 * PUT /settings: one or both parts, each given whole (a part is one form in the settings page).
 * Only the system administrator changes them: they apply to every township of the installation.
 */
export const ZUpdateSettingsRequest = z
  .object({
    security: ZSecuritySettings.optional(),
    files: ZFileSettings.optional(),
  })
  .strict()
  .refine((v) => v.security !== undefined || v.files !== undefined, { message: '至少提交一组设置' });
export type UpdateSettingsRequest = z.infer<typeof ZUpdateSettingsRequest>;
