import { PERMISSIONS, type PermissionEntry } from '@yifa/domain';

/** The permission catalogue the role editor picks from (packages/domain platform/permissions.ts). */
export function listPermissions(): PermissionEntry[] {
  return Object.entries(PERMISSIONS).map(([code, p]) => ({ code, zh: p.zh, en: p.en }));
}
