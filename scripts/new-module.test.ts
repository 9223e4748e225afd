import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without declarations
import { collect } from './collect-modules.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A copy of what the scaffold reads and the collector lists: the module folders' entry files and i18n areas. */
function copyTree(tmp: string) {
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'));
  const copy = (rel: string) => {
    if (!fs.existsSync(path.join(ROOT, rel))) return;
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.cpSync(path.join(ROOT, rel), path.join(tmp, rel), { recursive: true });
  };
  for (const rel of [
    '.prettierrc.json',
    'scripts/new-module.mjs',
    'scripts/collect-modules.mjs',
    'scripts/module-template',
    'apps/web/src/i18n',
    'apps/web/src/layout/menu-groups.tsx',
  ]) {
    copy(rel);
  }
  for (const base of ['apps/server/src/modules', 'apps/web/src/modules', 'packages/domain/src']) {
    for (const entry of fs.readdirSync(path.join(ROOT, base), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      for (const file of ['index.ts', 'tables.ts', 'module.tsx', 'catalogue.ts']) copy(`${base}/${entry.name}/${file}`);
    }
  }
}

describe('npm run module:new', () => {
  it('scaffolds the shape of docs/modules.md and the registries pick the module up with no hand edit', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-scaffold-'));
    try {
      copyTree(tmp);
      execFileSync(process.execPath, [path.join(tmp, 'scripts/new-module.mjs'), 'major-decisions', '--zh', '重大决策', '--no-migration'], {
        stdio: 'pipe',
      });
      const expected = [
        'packages/domain/src/major-decisions/index.ts',
        'packages/domain/src/major-decisions/contracts.ts',
        'packages/domain/src/major-decisions/api.ts',
        'packages/domain/src/major-decisions/catalogue.ts',
        'packages/domain/src/major-decisions/contracts.test.ts',
        'apps/server/src/modules/major-decisions/index.ts',
        'apps/server/src/modules/major-decisions/routes.ts',
        'apps/server/src/modules/major-decisions/policy.ts',
        'apps/server/src/modules/major-decisions/tables.ts',
        'apps/server/src/modules/major-decisions/repository.ts',
        'apps/server/src/modules/major-decisions/presenter.ts',
        'apps/server/src/modules/major-decisions/use-cases/create-record.ts',
        'apps/server/src/modules/major-decisions/major-decisions.test.ts',
        'apps/web/src/modules/major-decisions/module.tsx',
        'apps/web/src/modules/major-decisions/api.ts',
        'apps/web/src/modules/major-decisions/records-page.tsx',
        'apps/web/src/modules/major-decisions/records-page.test.tsx',
        'apps/web/src/i18n/zh-CN/major-decisions.ts',
        'apps/web/src/i18n/en/major-decisions.ts',
        'docs/modules/major-decisions.md',
      ];
      for (const rel of expected) expect(fs.existsSync(path.join(tmp, rel)), rel).toBe(true);
      const read = (rel: string) => fs.readFileSync(path.join(tmp, rel), 'utf8');
      // No placeholder is left, and names follow the module's.
      for (const rel of expected) expect(read(rel), rel).not.toMatch(/__(name|camel|Pascal|UPPER|snake|titleZh|titleEn)__/);
      expect(read('packages/domain/src/major-decisions/api.ts')).toContain('export const majorDecisionsApi = {');
      expect(read('packages/domain/src/major-decisions/catalogue.ts')).toContain('export const MAJOR_DECISIONS_PERMISSIONS');
      expect(read('apps/server/src/modules/major-decisions/tables.ts')).toContain("pgTable(\n  'major_decisions_records'");
      expect(read('apps/web/src/i18n/zh-CN/major-decisions.ts')).toContain("title: '重大决策'");
      // Every use case writes its audit entry.
      for (const verb of ['create', 'update', 'delete']) {
        expect(read(`apps/server/src/modules/major-decisions/use-cases/${verb}-record.ts`)).toContain(
          `action: 'major-decisions.record.${verb}'`,
        );
      }
      // The registries were collected: server and web module lists, tables, catalogues, messages.
      expect(read('apps/server/src/modules/modules.generated.ts')).toContain(
        "import { majorDecisionsModule } from './major-decisions/index.ts';",
      );
      expect(read('apps/server/src/modules/modules.generated.ts')).toMatch(
        /BUSINESS_MODULES: YifaModule\[\] = \[[^\]]*majorDecisionsModule/,
      );
      expect(read('apps/web/src/modules/modules.generated.ts')).toContain(
        "import { majorDecisionsModule } from './major-decisions/module.tsx';",
      );
      expect(read('apps/server/src/platform/db/module-tables.generated.ts')).toContain(
        "export * from '../../modules/major-decisions/tables.ts';",
      );
      const catalogues = read('packages/domain/src/platform/catalogues.generated.ts');
      // Each part is imported from the module's catalogue.ts and spread into (or listed in) its platform catalogue.
      for (const part of ['PERMISSIONS', 'ERRORS', 'ROLE_GRANTS', 'AUDIT_ACTIONS', 'AUDIT_ENTITIES']) {
        expect(catalogues.split(`MAJOR_DECISIONS_${part}`).length - 1, part).toBe(2);
      }
      const messages = read('apps/web/src/i18n/messages.generated.ts');
      expect(messages).toContain("from './en/major-decisions.ts';");
      expect(messages).toMatch(/PERMISSION_GROUPS_ZH = \{[^}]*'major-decisions': majorDecisionsGroupZh/);
      // The copy's registries are exactly what the collector gives: the scaffold left nothing stale.
      for (const [rel, content] of Object.entries((await collect(tmp)) as Record<string, string>)) expect(read(rel), rel).toBe(content);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('refuses a bad name and a name already taken', () => {
    const run = (name: string) => {
      try {
        execFileSync(process.execPath, [path.join(ROOT, 'scripts/new-module.mjs'), name, '--no-migration'], { stdio: 'pipe' });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(run('Bad_Name')).toBe(2);
    expect(run('law-study')).toBe(1);
  });
});
