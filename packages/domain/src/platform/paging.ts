import { z } from 'zod';

/**
 * Keyset (cursor) paging, the one way a list is paged (issue 10, "lists that don't grow with the
 * table"). A page is found by an index from the last row of the previous page, never by skipping
 * `offset` rows, so page 500 costs what page 1 costs. The cursor is opaque to the client: the server
 * encodes the sort key of the page's last row in it and refuses one it cannot read.
 *
 * The total is counted on the first page only (no `after`), and only up to `PAGE_COUNT_CAP`: past it
 * the list says "10,000+" instead of counting millions of rows on every request.
 */
export const PAGE_COUNT_CAP = 10_000;

/** The paging fields of a list's query: spread into its `z.object({...})`. */
export function pageQueryFields(defaultPageSize = 20, maxPageSize = 200) {
  return {
    after: z
      .string()
      .max(1000)
      .regex(/^[A-Za-z0-9_-]+$/, '翻页位置无效，请回到第一页')
      .optional(),
    pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(defaultPageSize),
  };
}

/** How many rows match: exact below the cap, otherwise "at least the cap" (`isCapped`). */
export const ZPageTotal = z.object({ count: z.number().int(), isCapped: z.boolean() });
export type PageTotal = z.infer<typeof ZPageTotal>;

/**
 * One page of a list. `nextCursor` is null on the last page; `total` is given on the first page only
 * (the client keeps it while it pages on).
 */
export function zKeysetPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: ZPageTotal.nullable() });
}
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
  total: PageTotal | null;
}
