import type { Messages } from './zh-CN.ts';
import { core } from './en/core.ts';
import { AREA_MESSAGES_EN, PERMISSION_GROUPS_EN } from './messages.generated.ts';

/** English: the same keys as zh-CN.ts (checked by the `Messages` type); areas collected in messages.generated.ts. */
const areas: Messages = {
  ...core,
  ...AREA_MESSAGES_EN,
};

export const en = { ...areas, role: { ...areas.role, module: { ...areas.role.module, ...PERMISSION_GROUPS_EN } } };
