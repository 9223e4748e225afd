/**
 * Chinese (zh-CN), the default language: every string the UI shows comes from here or from en.ts,
 * grouped by area: zh-CN/core.ts, then one file per module or platform area (zh-CN/<area>.ts with its
 * twin en/<area>.ts), collected into messages.generated.ts by `npm run modules:collect` — a module adds
 * its two files and edits nothing here. en must have the same keys (`Messages` checks it).
 */
import { core } from './zh-CN/core.ts';
import { AREA_MESSAGES_ZH, PERMISSION_GROUPS_ZH } from './messages.generated.ts';

const areas = {
  ...core,
  ...AREA_MESSAGES_ZH,
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill (the areas' own files; the modules' permission group names are checked apart). */
export type Messages = Widen<typeof areas>;

/** The areas, with the names of the permission groups modules give in their own files (`permissionGroup`) under role.module. */
export const zhCN = { ...areas, role: { ...areas.role, module: { ...areas.role.module, ...PERMISSION_GROUPS_ZH } } };
