import { render, screen } from '@testing-library/react';
import { PERMISSIONS } from '@yifa/domain';
import { describe, expect, it } from 'vitest';
import { PermissionPicker } from './permission-picker.tsx';

const catalogue = Object.entries(PERMISSIONS).map(([code, label]) => ({ code, ...label }));

describe('PermissionPicker', () => {
  it('does not offer a custom role the system administrator\u2019s codes', () => {
    render(<PermissionPicker catalogue={catalogue} value={[]} />);
    expect(screen.queryByText('org:township:create')).toBeNull();
    expect(screen.queryByText('platform:settings:write')).toBeNull();
    expect(screen.queryByText('platform:calendar:write')).toBeNull();
    expect(screen.getByText('platform:calendar:read')).toBeTruthy();
    expect(screen.getByText('org:org:write')).toBeTruthy();
  });

  it('still shows them on a role that holds them (the built-in system administrator, read-only)', () => {
    render(<PermissionPicker catalogue={catalogue} value={['platform:settings:write']} disabled />);
    expect(screen.getByText('platform:settings:write')).toBeTruthy();
  });
});
