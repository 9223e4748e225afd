import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('npm run module:new', () => {
  it('scaffolds the module files and registers the module', () => {
    // Work on a copy of the files it touches, so the real tree is left alone.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-scaffold-'));
    for (const rel of ['scripts/new-module.mjs', 'apps/server/src/modules/registry.ts']) {
      fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, rel), path.join(tmp, rel));
    }
    execFileSync(process.execPath, [path.join(tmp, 'scripts/new-module.mjs'), 'law-study'], { stdio: 'pipe' });
    const registry = fs.readFileSync(path.join(tmp, 'apps/server/src/modules/registry.ts'), 'utf8');
    expect(registry).toContain("import { lawStudyModule } from './law-study/index.ts';");
    expect(registry).toMatch(/MODULES: YifaModule\[\] = \[[^\]]*lawStudyModule\]/);
    for (const f of ['index.ts', 'routes.ts', 'tables.ts', 'repository.ts', 'policy.ts', 'presenter.ts']) {
      expect(fs.existsSync(path.join(tmp, 'apps/server/src/modules/law-study', f))).toBe(true);
    }
    expect(fs.existsSync(path.join(tmp, 'docs/modules/law-study.md'))).toBe(true);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
