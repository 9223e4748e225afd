/**
 * The __name__ module's part of the platform catalogues, collected by scripts/collect-modules.mjs
 * (npm run modules:collect) into platform/catalogues.generated.ts: its permission codes, what the
 * built-in roles other than the administrators get of them (the township administrator, leader and
 * county reviewer follow from the catalogue), its error codes and the labels of its audit entries.
 */
export const __UPPER___PERMISSIONS = {
  '__name__:record:read': { zh: '查看记录', en: 'View records' },
  '__name__:record:write': { zh: '维护记录', en: 'Edit records' },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Its own refusals, `'__UPPER__.<REASON>'`; until it has one, the platform's (RECORD.NOT_FOUND, REQUEST.CONFLICT…) serve. */
export const __UPPER___ERRORS = {} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const __UPPER___ROLE_GRANTS: Partial<
  Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof __UPPER___PERMISSIONS)[]>
> = {
  officeStaff: ['__name__:record:read', '__name__:record:write'],
  leader: ['__name__:record:read'],
};

/** Labels of the actions its use cases write with writeAudit (checked by audit-action-labels.test.ts). */
export const __UPPER___AUDIT_ACTIONS = {
  '__name__.record.create': { zh: '新增记录', en: 'Record created' },
  '__name__.record.update': { zh: '修改记录', en: 'Record updated' },
  '__name__.record.delete': { zh: '删除记录', en: 'Record deleted' },
};

/** Labels of the entity types of its audit entries. */
export const __UPPER___AUDIT_ENTITIES = {
  __camel__Record: { zh: '记录', en: 'Record' },
};
