# __titleZh__ (__name__)

Made by `npm run module:new -- __name__`; the shape is docs/modules.md's. Replace each placeholder
below with the module's own text before its first release.

## Legal basis
(the articles this module encodes, with their numbers; see ../../../shared/rules.md)

## Records and states
- `__snake___records` (apps/server/src/modules/__name__/tables.ts): a title and notes, owned by an org of the
  township (the data scope), soft-deleted, versioned (a change from a stale version is 409).

## Access (policy.ts)
- `__name__:record:read` lists and opens records; `__name__:record:write` adds, changes and deletes them.
- Built-in roles (catalogue.ts): office staff read and write, the leader reads; the township administrator
  holds everything, a county reviewer reads (another township's record is 404, a change is 403).

## Audit
`__name__.record.create`, `__name__.record.update`, `__name__.record.delete` (labels in catalogue.ts).

## Deadlines (platform/deadlines: upsertDeadline)
None yet.

## Compliance rules (compliance.ts) and report sections (report-sections.ts)
None yet.
