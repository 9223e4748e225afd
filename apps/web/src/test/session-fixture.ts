import type { PermissionCode, SessionInfo } from '@yifa/domain';

/** A signed-in session for component tests. */
export function sessionWith(permissions: PermissionCode[], overrides: Partial<SessionInfo> = {}): SessionInfo {
  return {
    user: {
      id: 'u1',
      username: 'demo-village',
      displayName: '黄建军',
      townshipId: 't1',
      townshipName: '笔架山乡',
      orgId: 'o1',
      orgName: '岭湖村',
      locale: 'zh-CN',
      isTotpEnabled: false,
    },
    csrfToken: 'csrf',
    mustChangePassword: false,
    isMfaPending: false,
    isTotpSetupRequired: false,
    roleCodes: ['villageCadre'],
    permissions,
    dataScope: 'org',
    isReadOnly: false,
    idleMinutes: 30,
    passwordPolicy: { minLength: 8, minClasses: 3 },
    ...overrides,
  };
}
