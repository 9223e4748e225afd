import { z } from 'zod';
import { ZUuid } from '../organisation/contracts.ts';
import {
  ZCreateDictionaryEntryRequest,
  ZDictionary,
  ZDictionaryCode,
  ZDictionaryEntry,
  ZDictionaryListQuery,
  ZUpdateDictionaryEntryRequest,
} from './dictionary-contracts.ts';
import { defineRoute, ZOk } from './route-contract.ts';

const tag = 'dictionaries';
const ZDictionaryParams = z.object({ dictionary: ZDictionaryCode }).strict();
const ZEntryParams = z.object({ dictionary: ZDictionaryCode, id: ZUuid }).strict();

/** Dictionaries (字典): the township-editable lists records pick from. */
export const dictionariesApi = {
  list: defineRoute({
    method: 'GET',
    path: '/dictionaries',
    access: 'platform:dictionary:read',
    tag,
    summary: '字典及其条目（默认只含启用的条目）',
    query: ZDictionaryListQuery,
    response: z.array(ZDictionary),
  }),
  createEntry: defineRoute({
    method: 'POST',
    path: '/dictionaries/:dictionary/entries',
    access: 'platform:dictionary:write',
    tag,
    summary: '新增本乡镇的字典条目',
    params: ZDictionaryParams,
    body: ZCreateDictionaryEntryRequest,
    response: ZDictionaryEntry,
    status: 201,
  }),
  updateEntry: defineRoute({
    method: 'PATCH',
    path: '/dictionaries/:dictionary/entries/:id',
    access: 'platform:dictionary:write',
    tag,
    summary: '修改字典条目（名称、排序、启用）；内置条目的代码不能修改',
    params: ZEntryParams,
    body: ZUpdateDictionaryEntryRequest,
    response: ZDictionaryEntry,
  }),
  deleteEntry: defineRoute({
    method: 'DELETE',
    path: '/dictionaries/:dictionary/entries/:id',
    access: 'platform:dictionary:write',
    tag,
    summary: '删除自定义字典条目（软删除）；内置条目只能停用',
    params: ZEntryParams,
    response: ZOk,
  }),
};
