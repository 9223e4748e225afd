#!/usr/bin/env node
// `node scripts/split-domain-imports.mjs [--dry-run] [files…]`: rewrites
//   import { LawStudySession, PERMISSIONS, type ZCreateSession } from '@yifa/domain';
// into imports from the subpath that defines each name (docs/modules.md, "imported as @yifa/domain/<module>"):
//   import { PERMISSIONS } from '@yifa/domain';
//   import { LawStudySession, type ZCreateSession } from '@yifa/domain/law-study';
// A name goes to `@yifa/domain/<folder>` when it is declared under packages/domain/src/<folder>/ and that
// folder's index.ts exports it; every other name (the platform's) stays on the root `@yifa/domain`.
// The names are resolved by the TypeScript checker, so `export *` chains and renames are followed.
// Without file arguments it rewrites every .ts/.tsx file of apps/, e2e/, bench/ and scripts/.
// Namespace imports (`import * as d`), dynamic imports and vi.mock('@yifa/domain') are left alone and listed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const domainSrc = path.join(root, 'packages/domain/src');
const ROOT_SPECIFIER = '@yifa/domain';

/** name → subpath folder, for every name a folder's index.ts exports and the folder itself declares. */
export function subpathOfNames(srcDir = domainSrc) {
  const folders = fs
    .readdirSync(srcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(srcDir, d.name, 'index.ts')))
    .map((d) => d.name);
  const program = ts.createProgram(
    folders.map((f) => path.join(srcDir, f, 'index.ts')),
    { allowImportingTsExtensions: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  );
  const checker = program.getTypeChecker();
  const owner = new Map();
  for (const folder of folders) {
    const file = program.getSourceFile(path.join(srcDir, folder, 'index.ts'));
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declared = (target.declarations ?? []).map((d) => path.relative(srcDir, d.getSourceFile().fileName).split(path.sep)[0]);
      if (declared.includes(folder)) owner.set(exported.name, folder);
    }
  }
  return owner;
}

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield full;
  }
}

/** The rewritten text of one file, or null when it has nothing to split. `notes` collects what was left alone. */
export function splitImports(text, fileName, owner, notes = []) {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement);
    const isReExport = ts.isExportDeclaration(statement);
    if (!isImport && !isReExport) continue;
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || spec.text !== ROOT_SPECIFIER) continue;
    let typeOnly;
    let elements;
    if (isImport) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      if (!clause || clause.name || !bindings || !ts.isNamedImports(bindings)) {
        if (bindings && ts.isNamespaceImport(bindings)) notes.push(`${fileName}: namespace import left alone`);
        continue;
      }
      typeOnly = clause.isTypeOnly;
      elements = bindings.elements;
    } else {
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
      typeOnly = statement.isTypeOnly;
      elements = statement.exportClause.elements;
    }
    const groups = new Map();
    for (const element of elements) {
      const imported = (element.propertyName ?? element.name).text;
      const target = owner.has(imported) ? `${ROOT_SPECIFIER}/${owner.get(imported)}` : ROOT_SPECIFIER;
      if (!groups.has(target)) groups.set(target, []);
      groups.get(target).push(element.getText(source));
    }
    if (groups.size === 1 && groups.has(ROOT_SPECIFIER)) continue;
    const keyword = isImport ? 'import' : 'export';
    const lines = [...groups.keys()]
      .sort((a, b) => (a === ROOT_SPECIFIER ? -1 : b === ROOT_SPECIFIER ? 1 : a.localeCompare(b)))
      .map((target) => `${keyword} ${typeOnly ? 'type ' : ''}{ ${groups.get(target).join(', ')} } from '${target}';`);
    edits.push({ start: statement.getStart(source), end: statement.getEnd(), text: lines.join('\n') });
  }
  if (/import\(\s*['"]@yifa\/domain['"]\s*\)|vi\.mock\(\s*['"]@yifa\/domain['"]/.test(text)) {
    notes.push(`${fileName}: dynamic import or vi.mock of @yifa/domain left alone`);
  }
  if (edits.length === 0) return null;
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const named = args.filter((a) => !a.startsWith('--')).map((a) => path.resolve(a));
  const files = named.length > 0 ? named : ['apps', 'e2e', 'bench', 'scripts'].flatMap((d) => [...sourceFiles(path.join(root, d))]);
  const owner = subpathOfNames();
  const notes = [];
  let changed = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const out = splitImports(text, file, owner, notes);
    if (out === null) continue;
    changed += 1;
    const options = (await prettier.resolveConfig(file)) ?? {};
    const formatted = await prettier.format(out, { ...options, filepath: file });
    if (!dryRun) fs.writeFileSync(file, formatted);
    console.log(`${dryRun ? 'would rewrite' : 'rewrote'} ${path.relative(root, file)}`);
  }
  for (const note of notes) console.log(`note: ${path.relative(root, note)}`);
  console.log(`${changed} file(s) ${dryRun ? 'to rewrite' : 'rewritten'}; ${owner.size} names live in module subpaths.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
