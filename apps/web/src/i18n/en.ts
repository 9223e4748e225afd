import type { Messages } from './zh-CN.ts';
import { core } from './en/core.ts';
import { AREA_MESSAGES_EN } from './messages.generated.ts';

/** English: the same keys as zh-CN.ts (checked by the `Messages` type); areas collected in messages.generated.ts. */
export const en: Messages = {
  ...core,
  ...AREA_MESSAGES_EN,
};
