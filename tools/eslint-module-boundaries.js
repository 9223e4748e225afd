// A small ESLint rule for the module boundaries of architecture.md:
// - a business module (apps/server/src/modules/<m>/) imports another module only through its index.ts;
// - so does a web module (apps/web/src/modules/<m>/), and so does the web's shared code (components/,
//   layout/, app/…) when it uses a module; only the module registry loads a module's module.tsx;
// - nothing reads tables through platform/db/schema.ts (the migration list): a module its own tables.ts,
//   organisation's orgs, cadres and accounts through modules/organisation/index.ts (adr/0004); only
//   platform/db and the whole-database backup import it (tests and benches too, for their fixtures);
// - packages/domain imports no node:*, no server and no web code (it runs in both);
// - the web app never imports server code.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const MODULES = path.join(ROOT, 'apps/server/src/modules');
const WEB_MODULES = path.join(ROOT, 'apps/web/src/modules');
const DOMAIN = path.join(ROOT, 'packages/domain');
const SERVER = path.join(ROOT, 'apps/server');
const WEB = path.join(ROOT, 'apps/web');
const SERVER_SRC = path.join(ROOT, 'apps/server/src');
const SCHEMA = path.join(SERVER_SRC, 'platform/db/schema.ts');
const SCHEMA_READERS = [path.join(SERVER_SRC, 'platform/db') + path.sep, path.join(SERVER_SRC, 'platform/backup') + path.sep];
// Tests and benches build their fixtures straight into the tables.
const isTest = (file) =>
  /\.test\.tsx?$/.test(file) ||
  file.startsWith(path.join(SERVER_SRC, 'test') + path.sep) ||
  file.startsWith(path.join(ROOT, 'bench') + path.sep);
const FORBIDDEN_IN_DOMAIN = /^(node:|fs$|path$|crypto$|drizzle-orm|fastify|pg$|react|antd)/;

/** The module a file belongs to under `base` (null for files beside the module folders, such as registry.ts). */
function moduleOf(base, file) {
  const rel = path.relative(base, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [name, ...rest] = rel.split(path.sep);
  return rest.length ? name : null;
}

/** May `file` import `target`? Only a module's own files, its index.ts, or (for the registry) its entry file. */
function crossesBoundary(base, file, target, entry) {
  const to = moduleOf(base, target);
  if (!to || moduleOf(base, file) === to) return null;
  const index = path.join(base, to, 'index.ts');
  const atIndex = target === index || target === path.join(base, to);
  const registryEntry = entry && moduleOf(base, file) === null && file.startsWith(base + path.sep) && target === path.join(base, to, entry);
  return atIndex || registryEntry ? null : to;
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      crossModule: "Module '{{from}}' may import module '{{to}}' only through modules/{{to}}/index.ts",
      webCrossModule: "'{{from}}' may import web module '{{to}}' only through apps/web/src/modules/{{to}}/index.ts",
      domainImport: "packages/domain must stay pure (no '{{spec}}'): it runs in the browser and the server",
      webServer: 'The web app must not import server code',
      schemaImport:
        'platform/db/schema.ts is for migrations: import your own tables from ./tables.ts and read orgs, cadres and accounts through modules/organisation/index.ts',
    },
  },
  create(context) {
    const file = context.filename;
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      if (file.startsWith(DOMAIN + path.sep) && FORBIDDEN_IN_DOMAIN.test(spec)) {
        context.report({ node, messageId: 'domainImport', data: { spec } });
        return;
      }
      if (!spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      if (file.startsWith(DOMAIN + path.sep) && (target.startsWith(SERVER) || target.startsWith(WEB))) {
        context.report({ node, messageId: 'domainImport', data: { spec } });
      }
      if (file.startsWith(WEB + path.sep) && target.startsWith(SERVER)) context.report({ node, messageId: 'webServer' });
      if (target === SCHEMA && !isTest(file) && !SCHEMA_READERS.some((dir) => file.startsWith(dir))) {
        context.report({ node, messageId: 'schemaImport' });
      }
      const from = moduleOf(MODULES, file);
      const to = from && crossesBoundary(MODULES, file, target, null);
      if (to) context.report({ node, messageId: 'crossModule', data: { from, to } });
      if (file.startsWith(WEB + path.sep)) {
        const webTo = crossesBoundary(WEB_MODULES, file, target, 'module.tsx');
        const webFrom = moduleOf(WEB_MODULES, file) ?? path.relative(path.join(WEB, 'src'), file);
        if (webTo) context.report({ node, messageId: 'webCrossModule', data: { from: webFrom, to: webTo } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
