import { BUILTIN_ROLES, DATA_SCOPES, type DataScopeKind } from '@yifa/domain';
import { pickLabel } from '../../../i18n/labels.ts';

/** A role's name in the current language: the catalogue's for built-in roles, nameEn for custom ones. */
export function roleLabel(role: { code: string; name: string; nameEn?: string | null }, language: string): string {
  const builtin = BUILTIN_ROLES.find((r) => r.code === role.code);
  if (builtin) return pickLabel(builtin, language);
  return language.startsWith('en') && role.nameEn ? role.nameEn : role.name;
}

export function dataScopeLabel(scope: string, language: string): string {
  return pickLabel((DATA_SCOPES as Record<string, { zh: string; en: string }>)[scope], language, scope);
}

export type { DataScopeKind };
