#!/usr/bin/env node
// `npm run module:new -- <module-name>`: scaffolds a business module following docs/modules.md:
// server folder (index, routes, use case, repository, policy, presenter, tables, test), domain
// contracts, a module doc, and its line in apps/server/src/modules/registry.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('用法: npm run module:new -- <module-name>  (kebab-case, e.g. law-study)');
  process.exit(2);
}
const camel = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const dir = path.join(root, 'apps/server/src/modules', name);
if (fs.existsSync(dir)) {
  console.error(`模块已存在: ${dir}`);
  process.exit(1);
}

const files = {
  [`apps/server/src/modules/${name}/index.ts`]: `import type { YifaModule } from '../../platform/modules.ts';
import { ${camel}Routes } from './routes.ts';

/** The ${name} module. Its public surface: the plugin, and query functions other modules may call. */
export const ${camel}Module: YifaModule = { name: '${name}', routes: ${camel}Routes };
`,
  [`apps/server/src/modules/${name}/tables.ts`]: `import { pgTable, text } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

// Add the table to apps/server/src/platform/db/schema.ts, then: npm run db:generate -- --name ${name}_tables
export const ${camel}Records = pgTable('${name.replace(/-/g, '_')}_records', {
  id: idColumn(),
  ...businessColumns(),
  title: text('title').notNull(),
});
`,
  [`apps/server/src/modules/${name}/repository.ts`]: `import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { ${camel}Records } from './tables.ts';

const inScope = (scope: DataScope) => scopeWhere(scope, { townshipId: ${camel}Records.townshipId, orgId: ${camel}Records.orgId, createdBy: ${camel}Records.createdBy });

export async function find${camel[0].toUpperCase() + camel.slice(1)}Record(db: DbOrTx, scope: DataScope, id: string) {
  const rows = await db.select().from(${camel}Records).where(and(eq(${camel}Records.id, id), isNull(${camel}Records.deletedAt), inScope(scope))).limit(1);
  return rows[0] ?? null;
}
`,
  [`apps/server/src/modules/${name}/policy.ts`]: `// Record-level rules of this module: who may do what to which record (the route checks the permission).
export {};
`,
  [`apps/server/src/modules/${name}/presenter.ts`]: `// Row → response. Nothing leaves the server that the presenter did not choose; personal data is masked here.
export {};
`,
  [`apps/server/src/modules/${name}/routes.ts`]: `import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// HTTP only: path, zod schemas from @yifa/domain, the permission (config.access), a use case call.
export const ${camel}Routes: FastifyPluginAsyncZod = async (_app) => {};
`,
  [`apps/server/src/modules/${name}/use-cases/README.md`]: `One file per use case, verb-noun (register-request.ts, extend-deadline.ts): open the transaction, check policy,
apply the domain rules, write the audit entry with writeAudit(tx, …) in the same transaction, return a domain object.
`,
  [`packages/domain/src/${name}/contracts.ts`]: `import { z } from 'zod';

// zod contracts of the ${name} module: request schemas are .strict(); Chinese messages for the user.
export const Z${camel[0].toUpperCase() + camel.slice(1)}Placeholder = z.object({}).strict();
`,
  [`docs/modules/${name}.md`]: `# ${name}

## Legal basis
(the articles this module encodes, with their numbers; see ../../../shared/rules.md)

## Records and states

## Deadlines (platform/deadlines: upsertDeadline)

## Compliance rules (platform/compliance: registerComplianceRule)

## Permissions

## Report sections
`,
};
for (const [rel, content] of Object.entries(files)) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  console.log(`created ${rel}`);
}
const registry = path.join(root, 'apps/server/src/modules/registry.ts');
let text = fs.readFileSync(registry, 'utf8');
text = text.replace(/(import type \{ YifaModule \}[^\n]*\n)/, `$1import { ${camel}Module } from './${name}/index.ts';\n`);
text = text.replace(/(export const MODULES: YifaModule\[\] = \[[^\]]*)\]/, `$1, ${camel}Module]`);
fs.writeFileSync(registry, text);
console.log('registered in apps/server/src/modules/registry.ts');
console.log(
  `next: add permissions to packages/domain/src/platform/permissions.ts ('${name}:<resource>:<action>'), tables to platform/db/schema.ts, then npm run db:generate`,
);
