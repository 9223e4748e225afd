import { sql } from 'drizzle-orm';
import type { Tx } from './client.ts';

/**
 * Makes the callers that name the same `(namespace, key)` take turns until their transactions end
 * (a transaction-scoped advisory lock). For values computed from other rows — a number sequence,
 * a counter — that must not be computed twice at once: read after this, then write.
 */
export async function serialiseOn(tx: Tx, namespace: string, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${namespace}), hashtext(${key}))`);
}
