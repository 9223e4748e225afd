import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { changedKeys, toAuditQuery } from './audit-filter.ts';

describe('audit filter', () => {
  it('sends only real filters, days as YYYY-MM-DD', () => {
    expect(
      toAuditQuery({
        range: [dayjs('2026-11-01'), dayjs('2026-11-27')],
        actor: ' 吴平 ',
        action: 'org.person',
        entityType: '',
        isSuccess: 'false',
        q: '  ',
      }),
    ).toEqual({ from: '2026-11-01', to: '2026-11-27', actor: '吴平', action: 'org.person', isSuccess: 'false' });
    expect(toAuditQuery({ isSuccess: '' })).toEqual({});
  });

  it('names the fields a change touched', () => {
    expect(changedKeys({ name: 'a', post: 'x', phone: '[已隐去]' }, { name: 'b', post: 'x', phone: '[已隐去]', isLeader: true })).toEqual([
      'isLeader',
      'name',
    ]);
    expect(changedKeys(null, { name: 'b' })).toEqual([]);
  });
});
