import { PERMISSIONS } from '@yifa/domain';
import { type PermissionEntry } from '@yifa/domain/organisation';

/** The permission catalogue the role editor picks from (packages/domain platform/permissions.ts). */
export function listPermissions(): PermissionEntry[] {
  return Object.entries(PERMISSIONS).map(([code, p]) => ({ code, zh: p.zh, en: p.en }));
}
