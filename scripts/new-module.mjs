#!/usr/bin/env node
// `npm run module:new -- <module-name> [--zh 中文名] [--en "English name"] [--no-migration]`: scaffolds a
// business module in the shape of docs/modules.md ("The shape of a module") from scripts/module-template/:
//   packages/domain/src/<m>/      index.ts, contracts.ts, api.ts (defineRoute list/create/detail/update/delete),
//                                 catalogue.ts (permissions, grants, errors, audit labels), contracts.test.ts
//   apps/server/src/modules/<m>/  index.ts, routes.ts (route()), policy.ts (definePolicy), tables.ts, repository.ts,
//                                 presenter.ts, use-cases/ (one per file, audited), <m>.test.ts (401/403/404/400/abilities)
//   apps/web/src/modules/<m>/     module.tsx (page + menu entry), api.ts (call()), records-page.tsx,
//                                 record-form-modal.tsx (limits from the contract), records-page.test.tsx
//   apps/web/src/i18n/{zh-CN,en}/<m>.ts, docs/modules/<m>.md
// then collects the registries (scripts/collect-modules.mjs: nothing is edited by hand) and generates the
// migration of its table (`npm run db:generate -- --name <m>_tables`; --no-migration skips it, for tests).
// The result passes CI unchanged: typecheck, lint, format, its tests, route access and audit labels.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { collect } from './collect-modules.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(REPO, 'scripts/module-template');

/** The words the templates are written with, for one module name. */
export function tokensOf(name, { zh, en } = {}) {
  const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return {
    __name__: name,
    __camel__: camel,
    __Pascal__: camel[0].toUpperCase() + camel.slice(1),
    __UPPER__: name.replace(/-/g, '_').toUpperCase(),
    __snake__: name.replace(/-/g, '_'),
    __titleZh__: zh ?? name,
    __titleEn__: en ?? name,
  };
}

const fill = (text, tokens) => Object.entries(tokens).reduce((t, [token, value]) => t.split(token).join(value), text);

function* templateFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* templateFiles(full);
    else if (entry.name.endsWith('.tpl')) yield full;
  }
}

/** Where a module of this name would live; any that exists already makes the name taken. */
export function takenBy(root, name) {
  return [
    `apps/server/src/modules/${name}`,
    `packages/domain/src/${name}`,
    `apps/web/src/modules/${name}`,
    `apps/web/src/i18n/zh-CN/${name}.ts`,
  ].filter((rel) => fs.existsSync(path.join(root, rel)));
}

/** Writes the module's files into the tree at `root` and collects the registries; returns the files written. */
export async function scaffold(root, name, options = {}) {
  const tokens = tokensOf(name, options);
  const written = [];
  for (const file of templateFiles(TEMPLATE)) {
    const rel = fill(path.relative(TEMPLATE, file), tokens).replace(/\.tpl$/, '');
    const target = path.join(root, rel);
    const prettierOptions = (await prettier.resolveConfig(path.join(REPO, rel))) ?? {};
    const text = await prettier.format(fill(fs.readFileSync(file, 'utf8'), tokens), { ...prettierOptions, filepath: path.join(REPO, rel) });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    written.push(rel);
  }
  for (const [rel, content] of Object.entries(await collect(root))) {
    const target = path.join(root, rel);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === content) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    written.push(rel);
  }
  return written;
}

function option(args, flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const name = args[0];
  if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    console.error('用法: npm run module:new -- <module-name> [--zh 中文名] [--en "English name"]  (kebab-case, e.g. major-decisions)');
    process.exit(2);
  }
  const taken = takenBy(REPO, name);
  if (taken.length > 0) {
    console.error(`模块已存在: ${taken.join(', ')}`);
    process.exit(1);
  }
  const written = await scaffold(REPO, name, { zh: option(args, '--zh'), en: option(args, '--en') });
  for (const rel of written) console.log(`wrote ${rel}`);
  if (!args.includes('--no-migration')) {
    const snake = name.replace(/-/g, '_');
    execFileSync('npm', ['run', '-s', 'db:generate', '--', '--name', `${snake}_tables`], { cwd: REPO, stdio: 'inherit' });
    const migrations = path.join(REPO, 'apps/server/migrations');
    const made = fs.readdirSync(migrations).filter((f) => f.endsWith(`_${snake}_tables.sql`));
    for (const f of made) await formatInPlace(path.join(migrations, f));
    await formatMigrationMeta(migrations);
  }
  console.log(`\nnext: npm run -s typecheck && npx vitest run --project server apps/server/src/modules/${name}`);
  console.log(`then replace the placeholder record (title, notes) with the module's own; docs/modules.md "How to add a field".`);
}

async function formatInPlace(file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  const info = await prettier.getFileInfo(file, { ignorePath: path.join(REPO, '.prettierignore') });
  if (info.ignored || !info.inferredParser) return;
  fs.writeFileSync(file, await prettier.format(fs.readFileSync(file, 'utf8'), { ...options, filepath: file }));
}

/** drizzle-kit writes its snapshot and journal as JSON that Prettier would reformat; format them as CI checks. */
async function formatMigrationMeta(migrations) {
  const meta = path.join(migrations, 'meta');
  if (!fs.existsSync(meta)) return;
  for (const f of fs.readdirSync(meta)) if (f.endsWith('.json')) await formatInPlace(path.join(meta, f));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
