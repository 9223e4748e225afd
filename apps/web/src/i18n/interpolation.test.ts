import { describe, expect, it } from 'vitest';
import { i18n } from './index.ts';

// A message with a {{placeholder}} and no value for it showed the raw "请填写{{field}}" to clerks
// (issue 8, item 13). In development and tests it fails loudly; in production the value is left empty.
describe('i18n interpolation', () => {
  it('fills a placeholder that has its value', () => {
    expect(i18n.t('common.required', { field: '学时' })).toBe('请填写学时');
  });

  it('fails loudly on a placeholder without its value, rather than showing {{field}}', () => {
    expect(() => i18n.t('common.required')).toThrow(/field/);
  });
});
