import { render, screen } from '@testing-library/react';
import { PERMISSIONS } from '@yifa/domain';
import { describe, expect, it } from 'vitest';
import { PermissionPicker } from './permission-picker.tsx';

const catalogue = Object.entries(PERMISSIONS).map(([code, label]) => ({ code, ...label }));

describe('PermissionPicker', () => {
  it('does not offer a custom role the system administrator\u2019s codes', () => {
    render(<PermissionPicker catalogue={catalogue} value={[]} />);
    expect(screen.queryByTitle('org:township:create')).toBeNull();
    expect(screen.queryByTitle('platform:settings:write')).toBeNull();
    expect(screen.queryByTitle('platform:calendar:write')).toBeNull();
    expect(screen.getByTitle('platform:calendar:read')).toBeTruthy();
    expect(screen.getByTitle('org:org:write')).toBeTruthy();
    // Codes are tooltips; the clerk reads labels, and the group is named in Chinese, not law-study.
    expect(screen.queryByText('org:org:write')).toBeNull();
    expect(screen.getByText('学法用法')).toBeTruthy();
  });

  it('still shows them on a role that holds them (the built-in system administrator, read-only)', () => {
    render(<PermissionPicker catalogue={catalogue} value={['platform:settings:write']} disabled />);
    expect(screen.getByTitle('platform:settings:write')).toBeTruthy();
  });
});
