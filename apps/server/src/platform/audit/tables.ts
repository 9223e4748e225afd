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
  (t) => [
    index('audit_township_at_idx').on(t.townshipId, t.at),
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_actor_idx').on(t.actorId),
  ],
);
