import { z } from 'zod';
import { pageQueryFields } from '../platform/paging.ts';
import { ALL_PERMISSION_CODES } from '../platform/permissions.ts';
import { ASSIGNABLE_DATA_SCOPES } from '../platform/roles.ts';
import { isValidIdNumber, isValidPhone } from '../platform/personal-data.ts';
import { ZDateOfRecord } from '../calendar/types.ts';
import { zAbilities } from '../platform/abilities.ts';

export const ORG_KINDS = {
  county: { zh: '区县', en: 'County' },
  township: { zh: '乡镇（街道）', en: 'Township' },
  department: { zh: '站所（办公室）', en: 'Department' },
  village: { zh: '村', en: 'Village' },
  community: { zh: '社区', en: 'Community' },
} as const;
export type OrgKind = keyof typeof ORG_KINDS;

export const ZUuid = z.uuid('编号格式不正确');
const ZName = z.string().trim().min(1, '不能为空').max(100, '不能超过 100 个字');

/** add a child office / village, rename, move, delete: only inside a township one may change; township and county nodes only by the system administrator. */
export const ZOrgAbilities = zAbilities(['addChild', 'update', 'move', 'delete']);
/** edit and delete inside one's data scope; viewPersonal: org:person:view-personal (个人信息保护法 Art. 51, audited). */
export const ZPersonAbilities = zAbilities(['update', 'delete', 'viewPersonal']);
/** deactivate and delete never apply to one's own account (an administrator cannot lock themselves out). */
export const ZUserAbilities = zAbilities(['update', 'deactivate', 'resetPassword', 'delete']);
/** Built-in roles are read-only; a custom role is changed inside its own township. */
export const ZRoleAbilities = zAbilities(['update', 'delete']);

export const ZOrg = z.object({
  id: z.string(),
  townshipId: z.string().nullable(),
  parentId: z.string().nullable(),
  kind: z.enum(['county', 'township', 'department', 'village', 'community']),
  name: z.string(),
  divisionCode: z.string().nullable(),
  sortOrder: z.number(),
  isDemo: z.boolean(),
  version: z.number(),
  /** What the caller may do to this node (server policy.ts); the tree page draws its buttons from it. */
  abilities: ZOrgAbilities,
});
export type Org = z.infer<typeof ZOrg>;

export const ZCreateTownshipRequest = z
  .object({
    divisionCode: z
      .string()
      .trim()
      .regex(/^\d{9}(\d{3})?$/, '请输入 9 位或 12 位乡镇（街道）区划代码'),
    /** Departments to create at once (names); defaults to the usual offices when omitted. */
    departments: z.array(ZName).max(50).optional(),
  })
  .strict();
export type CreateTownshipRequest = z.infer<typeof ZCreateTownshipRequest>;

export const ZCreateOrgRequest = z
  .object({
    parentId: ZUuid,
    kind: z.enum(['department', 'village', 'community']),
    name: ZName,
    divisionCode: z
      .string()
      .trim()
      .regex(/^\d{12}$/, '区划代码应为 12 位数字')
      .nullable()
      .optional(),
    sortOrder: z.number().int().min(0).max(100000).optional(),
  })
  .strict();
export type CreateOrgRequest = z.infer<typeof ZCreateOrgRequest>;

export const ZUpdateOrgRequest = z
  .object({
    name: ZName.optional(),
    kind: z.enum(['department', 'village', 'community']).optional(),
    divisionCode: z
      .string()
      .trim()
      .regex(/^\d{12}$/, '区划代码应为 12 位数字')
      .nullable()
      .optional(),
    sortOrder: z.number().int().min(0).max(100000).optional(),
    parentId: ZUuid.optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type UpdateOrgRequest = z.infer<typeof ZUpdateOrgRequest>;

const ZIdNumber = z.string().trim().toUpperCase().refine(isValidIdNumber, '身份证号码不正确（GB 11643 校验位不符）');
const ZPhone = z.string().trim().refine(isValidPhone, '电话号码格式不正确');

export const ZPersonInput = z
  .object({
    orgId: ZUuid,
    name: ZName,
    post: z.string().trim().max(100).nullable().optional(),
    isLeader: z.boolean().optional(),
    isCivilServant: z.boolean().optional(),
    phone: ZPhone.nullable().optional(),
    idNumber: ZIdNumber.nullable().optional(),
    /** 到岗日期 and 离岗日期 record what happened: never after today (the order is checked in save-person). */
    joinedOn: ZDateOfRecord.nullable().optional(),
    leftOn: ZDateOfRecord.nullable().optional(),
  })
  .strict();
export type PersonInput = z.infer<typeof ZPersonInput>;
export const ZUpdatePersonRequest = ZPersonInput.partial().extend({ version: z.number().int().positive() }).strict();
export type UpdatePersonRequest = z.infer<typeof ZUpdatePersonRequest>;

export const ZPerson = z.object({
  id: z.string(),
  townshipId: z.string(),
  orgId: z.string(),
  orgName: z.string().nullable(),
  name: z.string(),
  post: z.string().nullable(),
  isLeader: z.boolean(),
  isCivilServant: z.boolean(),
  /** Masked unless the caller may see personal data and asked for it. */
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  isMasked: z.boolean(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  hasUser: z.boolean(),
  version: z.number(),
  abilities: ZPersonAbilities,
});
export type Person = z.infer<typeof ZPerson>;

export const ZListQuery = z
  .object({
    ...pageQueryFields(),
    q: z.string().trim().max(100).optional(),
    orgId: ZUuid.optional(),
  })
  .strict();
export type ListQuery = z.infer<typeof ZListQuery>;

const ZUsername = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字、下划线、点或短横线');

export const ZCreateUserRequest = z
  .object({
    username: ZUsername,
    displayName: ZName,
    orgId: ZUuid,
    personId: ZUuid.nullable().optional(),
    roleIds: z.array(ZUuid).min(1, '至少选择一个角色').max(20),
    initialPassword: z.string().min(1).max(128),
  })
  .strict();
export type CreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z
  .object({
    displayName: ZName.optional(),
    orgId: ZUuid.optional(),
    personId: ZUuid.nullable().optional(),
    roleIds: z.array(ZUuid).min(1, '至少选择一个角色').max(20).optional(),
    isActive: z.boolean().optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type UpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZResetPasswordRequest = z.object({ newPassword: z.string().min(1).max(128) }).strict();
export type ResetPasswordRequest = z.infer<typeof ZResetPasswordRequest>;

export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  townshipId: z.string().nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  personId: z.string().nullable(),
  roles: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  isTotpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
  abilities: ZUserAbilities,
});
export type User = z.infer<typeof ZUser>;

/** Without a code the server gives one (customRole1, customRole2…): a clerk names a role, not an identifier. */
export const ZRoleInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-zA-Z][a-zA-Z0-9]{1,39}$/, '角色代码为 2–40 位字母或数字，以字母开头')
      .optional(),
    name: ZName,
    nameEn: z.string().trim().max(100).nullable().optional(),
    dataScope: z.enum(ASSIGNABLE_DATA_SCOPES as [string, ...string[]]),
    permissions: z.array(z.enum(ALL_PERMISSION_CODES as [string, ...string[]])).max(500),
  })
  .strict();
export type RoleInput = z.infer<typeof ZRoleInput>;
export const ZUpdateRoleRequest = ZRoleInput.omit({ code: true }).partial().extend({ version: z.number().int().positive() }).strict();
export type UpdateRoleRequest = z.infer<typeof ZUpdateRoleRequest>;

export const ZRole = z.object({
  id: z.string(),
  townshipId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  isBuiltin: z.boolean(),
  dataScope: z.string(),
  permissions: z.array(z.string()),
  userCount: z.number(),
  version: z.number(),
  abilities: ZRoleAbilities,
});
export type Role = z.infer<typeof ZRole>;

export const ZPermissionEntry = z.object({ code: z.string(), zh: z.string(), en: z.string() });
export type PermissionEntry = z.infer<typeof ZPermissionEntry>;

/** The township a custom role or an import is for: the caller's own unless named (the system administrator names it). */
export const ZTownshipQuery = z.object({ townshipId: ZUuid.optional() }).strict();

export const ZDivisionSearchQuery = z.object({ q: z.string().trim().min(1).max(50) }).strict();
export const ZDivision = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  officialName: z.string().optional(),
  kind: z.enum(['village', 'community']).optional(),
});
export type Division = z.infer<typeof ZDivision>;
export const ZDivisionCodeParams = z
  .object({ code: z.string().regex(/^\d{9}(\d{3})?$/, '请输入 9 位或 12 位乡镇（街道）区划代码') })
  .strict();
export const ZVillageEntry = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['village', 'community']),
  officialName: z.string().optional(),
});
/** A township as the 2023 division codes list it, with its villages and communities (the creation preview). */
export const ZTownshipPreview = z.object({
  township: ZDivision,
  county: ZDivision,
  city: ZDivision,
  province: ZDivision,
  villages: z.array(ZVillageEntry),
});
export type TownshipPreview = z.infer<typeof ZTownshipPreview>;

/** `unmasked=true` shows the clear personal data (org:person:view-personal; every such view audited). */
export const ZPersonViewQuery = z.object({ unmasked: z.enum(['true', 'false']).optional() }).strict();

// ── Cadre import (Excel) ───────────────────────────────────────────────────────
export const ZPeopleImportQuery = ZTownshipQuery;
export const ZPeopleImportResult = z.object({ rowCount: z.number(), created: z.number(), updated: z.number(), unchanged: z.number() });
export type PeopleImportResult = z.infer<typeof ZPeopleImportResult>;
