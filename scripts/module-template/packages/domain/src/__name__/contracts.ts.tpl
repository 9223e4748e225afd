import { z } from 'zod';
import { zAbilities } from '../platform/abilities.ts';
import { pageQueryFields, zKeysetPage } from '../platform/paging.ts';

// The __name__ module's records as answered and its inputs (.strict(), Chinese messages for the user).

/** What the clerk types: the form's limits are read from here (maxLengthOf), never copied. */
export const Z__Pascal__Input = z
  .object({
    title: z.string().trim().min(1, '请填写标题').max(200, '标题不能超过 200 字'),
    notes: z.string().trim().max(2000, '备注不能超过 2000 字').nullable().default(null),
  })
  .strict();

/** A change carries the version it was made from (optimistic locking: a stale one is 409). */
export const Z__Pascal__Update = Z__Pascal__Input.extend({ version: z.number().int().positive() }).strict();

/** What the caller may do to one record (policy.ts decides, the web draws its buttons from it). */
export const Z__Pascal__Abilities = zAbilities(['update', 'delete']);

export const Z__Pascal__Record = z.object({
  id: z.string(),
  townshipId: z.string(),
  orgId: z.string(),
  title: z.string(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Z__Pascal__Abilities,
});

/** `?townshipId=`: required of a caller above townships (county reviewer, system administrator). */
export const Z__Pascal__TownshipQuery = z.object({ townshipId: z.uuid('乡镇（街道）编号格式不正确').optional() }).strict();

/** The list's query: the township and the page (keyset paging: `after`, `pageSize`; packages/domain/src/platform/paging.ts). */
export const Z__Pascal__ListQuery = Z__Pascal__TownshipQuery.extend(pageQueryFields()).strict();

export const Z__Pascal__List = zKeysetPage(Z__Pascal__Record).extend({
  /** May the caller add a record in this township (the 新增 button)? */
  canCreate: z.boolean(),
});

export type __Pascal__Input = z.output<typeof Z__Pascal__Input>;
export type __Pascal__Record = z.output<typeof Z__Pascal__Record>;
export type __Pascal__List = z.output<typeof Z__Pascal__List>;
