import type { KeysetPage } from '@yifa/domain';
import { expect } from 'vitest';
import type { Client } from './harness.ts';

/**
 * Reads a keyset-paged list to its end by following `nextCursor` (at most `maxPages` pages): the
 * walk-the-list tests compare it with one big page. `url` carries the list's query (pageSize,
 * filters); every page must answer 200.
 */
export async function walkPages<T>(client: Client, url: string, maxPages = 200) {
  const pages: KeysetPage<T>[] = [];
  let after: string | null = null;
  for (let n = 0; n < maxPages; n++) {
    const res = await client.get(after ? `${url}${url.includes('?') ? '&' : '?'}after=${after}` : url);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as KeysetPage<T>;
    pages.push(page);
    after = page.nextCursor;
    if (!after) break;
  }
  return { pages, items: pages.flatMap((p) => p.items), totals: pages.map((p) => p.total) };
}
