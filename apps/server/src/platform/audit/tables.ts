import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit log (GB/T 22239-2019 §8.1.4.3): every mutation and security event, append-only
 * (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained: `hash` covers the entry and the
 * previous entry's hash, so an edited or deleted entry breaks the chain (`npm run audit:verify`).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    townshipId: uuid('township_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    isSuccess: boolean('is_success').notNull().default(true),
    before: jsonb('before'),
    after: jsonb('after'),
    detail: text('detail'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  // The list's real queries (issue 10), each an index range in the list's order (at, seq) after its
  // equality columns, read backwards for "newest first": the system administrator's whole log, a
  // township's, an actor's (also a role narrower than the township: its own entries), a record's.
  // Measured against monthly partitions at 2 M rows: docs/adr/0008-audit-log-indexes-not-partitions.md.
  (t) => [
    index('audit_at_idx').on(t.at, t.seq),
    index('audit_township_at_idx').on(t.townshipId, t.at, t.seq),
    index('audit_actor_at_idx').on(t.actorId, t.at, t.seq),
    index('audit_entity_at_idx').on(t.entityType, t.entityId, t.at, t.seq),
  ],
);
