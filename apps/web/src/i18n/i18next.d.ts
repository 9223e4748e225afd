import 'i18next';
import type { zhCN } from './zh-CN.ts';

// Typed keys: a key that is not in zh-CN.ts fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
