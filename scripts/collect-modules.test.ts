import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without declarations
import { collect, staleFiles } from './collect-modules.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

function write(root: string, rel: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

describe('npm run modules:collect', () => {
  it('has written the registries the module folders give (run `npm run modules:collect` when this fails)', async () => {
    expect(await staleFiles(ROOT)).toEqual([]);
  });

  it('lists modules in menu order, after the modules they import, with the catalogue parts each one has', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-collect-'));
    try {
      write(
        tmp,
        'apps/web/src/layout/menu-groups.tsx',
        "export const G = { alpha: { labelKey: 'x', order: 100 }, beta: { labelKey: 'y', order: 200 } };\n",
      );
      for (const [name, group, order] of [
        ['zeta', 'alpha', 10],
        ['able', 'beta', 5],
        ['mid', 'alpha', 20],
      ] as const) {
        const id = `${name}Module`;
        write(tmp, `apps/server/src/modules/${name}/index.ts`, `export const ${id}: YifaModule = { name: '${name}' };\n`);
        write(
          tmp,
          `apps/web/src/modules/${name}/module.tsx`,
          `export const ${id}: WebModule = { menu: [{ order: ${order}, group: '${group}' }] };\n`,
        );
        write(tmp, `apps/web/src/i18n/zh-CN/${name}.ts`, `export const ${name} = { ${name}: { t: '甲' } };\n`);
        write(tmp, `apps/web/src/i18n/en/${name}.ts`, `export const ${name} = { ${name}: { t: 'A' } };\n`);
      }
      // zeta's demo seed reads mid's records, so mid registers first although zeta comes first in the menu.
      write(tmp, 'apps/server/src/modules/zeta/seed.ts', "import { m } from '../mid/index.ts';\n");
      write(tmp, 'apps/web/src/i18n/zh-CN/core.ts', 'export const core = {};\n');
      write(tmp, 'packages/domain/src/zeta/catalogue.ts', 'export const ZETA_PERMISSIONS = {};\nexport const ZETA_AUDIT_ACTIONS = {};\n');
      write(tmp, 'packages/domain/src/able/catalogue.ts', 'export const ABLE_PERMISSIONS = {};\nexport const ABLE_ERRORS = {};\n');
      const out = (await collect(tmp)) as Record<string, string>;
      const server = out['apps/server/src/modules/modules.generated.ts']!;
      expect(server).toContain('BUSINESS_MODULES: YifaModule[] = [midModule, zetaModule, ableModule]');
      const catalogue = out['packages/domain/src/platform/catalogues.generated.ts']!;
      expect(catalogue).toContain('MODULE_PERMISSIONS = { ...ZETA_PERMISSIONS, ...ABLE_PERMISSIONS } as const');
      expect(catalogue).toContain('MODULE_ERRORS = { ...ABLE_ERRORS } as const');
      expect(catalogue).toContain('MODULE_AUDIT_ACTIONS = { ...ZETA_AUDIT_ACTIONS } as const');
      expect(out['apps/web/src/modules/modules.generated.ts']).toContain('[ableModule, midModule, zetaModule]');
      expect(out['apps/web/src/i18n/messages.generated.ts']).toContain("import { mid as midEn } from './en/mid.ts';");
      fs.rmSync(path.join(tmp, 'apps/web/src/i18n/en/mid.ts'));
      await expect(collect(tmp)).rejects.toThrow(/no English twin/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
