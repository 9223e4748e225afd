import type { ParseKeys } from 'i18next';

/** Any key of zh-CN.ts, e.g. 'nav.people'; registries (menu, routes) declare their labels with it. */
export type TranslationKey = ParseKeys;
