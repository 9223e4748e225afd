import { describe, expect, it } from 'vitest';
import { ALL_PERMISSION_CODES } from '../platform/permissions.ts';
import { __camel__Api } from './api.ts';
import { __UPPER___PERMISSIONS } from './catalogue.ts';
import { Z__Pascal__Input, Z__Pascal__Update } from './contracts.ts';

describe('__name__ contracts', () => {
  it('trims the title and refuses a blank or too long one, in Chinese', () => {
    expect(Z__Pascal__Input.parse({ title: '  甲  ' })).toEqual({ title: '甲', notes: null });
    expect(Z__Pascal__Input.safeParse({ title: '   ' }).error?.issues[0]?.message).toBe('请填写标题');
    expect(Z__Pascal__Input.safeParse({ title: '字'.repeat(201) }).error?.issues[0]?.message).toBe('标题不能超过 200 字');
  });

  it('refuses unknown fields and a change without its version', () => {
    expect(Z__Pascal__Input.safeParse({ title: '甲', extra: 1 }).success).toBe(false);
    expect(Z__Pascal__Update.safeParse({ title: '甲' }).success).toBe(false);
  });

  it('declares its permissions in the platform catalogue and every route with one of them', () => {
    for (const code of Object.keys(__UPPER___PERMISSIONS)) expect(ALL_PERMISSION_CODES).toContain(code);
    for (const contract of Object.values(__camel__Api)) expect(Object.keys(__UPPER___PERMISSIONS)).toContain(contract.access);
  });
});
