import { z } from 'zod';
import { zAbilities } from './abilities.ts';
import { DICTIONARY_CODES } from './dictionary-defaults.ts';

export const ZDictionaryCode = z.enum(DICTIONARY_CODES, '没有这个字典');

/** An entry code: stable, English camelCase like the built-in ones; records store it. */
export const ZDictionaryEntryCode = z
  .string()
  .trim()
  .max(40, '代码最多 40 位')
  .regex(/^[a-z][A-Za-z0-9]{0,39}$/, '代码为英文字母开头的字母或数字，最多 40 位');
/** Also the forms' limits (maxLengthOf). */
const ZLabelZh = z.string().trim().min(1, '不能为空').max(60, '不能超过 60 个字');
const ZLabelEn = z.string().trim().min(1, '不能为空').max(120, '不能超过 120 个字符');
const ZSortOrder = z.number().int().min(0).max(100000);

export const ZDictionaryEntry = z.object({
  id: z.string(),
  dictionary: z.string(),
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  sortOrder: z.number(),
  isActive: z.boolean(),
  isBuiltin: z.boolean(),
  version: z.number(),
  /** Decided by the server (a township administrator, their own township; a built-in entry is never deleted). */
  abilities: zAbilities(['update', 'delete']),
});
export type DictionaryEntry = z.infer<typeof ZDictionaryEntry>;

export const ZDictionary = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  townshipId: z.string(),
  entries: z.array(ZDictionaryEntry),
  abilities: zAbilities(['createEntry']),
});
export type Dictionary = z.infer<typeof ZDictionary>;

export const ZDictionaryListQuery = z
  .object({
    /** Needed only by callers who see several townships (a county reviewer, the system administrator). */
    townshipId: z.uuid('编号格式不正确').optional(),
    includeInactive: z.enum(['0', '1']).optional(),
  })
  .strict();
export type DictionaryListQuery = z.infer<typeof ZDictionaryListQuery>;

/** A clerk names the entry in Chinese; without a code the server gives one (custom1, custom2…), without an English label it reuses the Chinese one. */
export const ZCreateDictionaryEntryRequest = z
  .object({
    code: ZDictionaryEntryCode.optional(),
    labelZh: ZLabelZh,
    labelEn: ZLabelEn.optional(),
    sortOrder: ZSortOrder.optional(),
  })
  .strict();
export type CreateDictionaryEntryRequest = z.infer<typeof ZCreateDictionaryEntryRequest>;

/** `code` may change only on a custom entry; a built-in one keeps its code (DICTIONARY.BUILTIN_CODE_READONLY). */
export const ZUpdateDictionaryEntryRequest = z
  .object({
    code: ZDictionaryEntryCode.optional(),
    labelZh: ZLabelZh.optional(),
    labelEn: ZLabelEn.optional(),
    sortOrder: ZSortOrder.optional(),
    isActive: z.boolean().optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type UpdateDictionaryEntryRequest = z.infer<typeof ZUpdateDictionaryEntryRequest>;
