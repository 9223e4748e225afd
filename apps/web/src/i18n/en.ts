import type { Messages } from './zh-CN.ts';
import { core } from './en/core.ts';
import { organisation } from './en/organisation.ts';
import { platform } from './en/platform.ts';

/** English: the same keys as zh-CN.ts (checked by the `Messages` type). */
export const en: Messages = { ...core, ...organisation, ...platform };
