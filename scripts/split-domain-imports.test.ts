import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without declarations
import { splitImports, subpathOfNames } from './split-domain-imports.mjs';

const owner = new Map([
  ['LedgerRow', 'law-study'],
  ['ZCreateSession', 'law-study'],
  ['DutyItem', 'publicity'],
]);

describe('split-domain-imports', () => {
  it('moves each name to the subpath that defines it and leaves the platform on the root', () => {
    const text = "import { PERMISSIONS, type LedgerRow, DutyItem as Duty } from '@yifa/domain';\nconst a = 1;\n";
    expect(splitImports(text, 'a.ts', owner)).toBe(
      "import { PERMISSIONS } from '@yifa/domain';\n" +
        "import { type LedgerRow } from '@yifa/domain/law-study';\n" +
        "import { DutyItem as Duty } from '@yifa/domain/publicity';\nconst a = 1;\n",
    );
  });

  it('keeps `import type` and re-exports, and leaves files with platform names only untouched', () => {
    expect(splitImports("import type { ZCreateSession } from '@yifa/domain';\n", 'a.ts', owner)).toBe(
      "import type { ZCreateSession } from '@yifa/domain/law-study';\n",
    );
    expect(splitImports("export { DutyItem } from '@yifa/domain';\n", 'a.ts', owner)).toBe(
      "export { DutyItem } from '@yifa/domain/publicity';\n",
    );
    expect(splitImports("import { PERMISSIONS } from '@yifa/domain';\n", 'a.ts', owner)).toBeNull();
    const notes: string[] = [];
    expect(splitImports("import * as d from '@yifa/domain';\n", 'a.ts', owner, notes)).toBeNull();
    expect(notes).toHaveLength(1);
  });

  it('finds the owners in the real domain package through its index files', () => {
    const real = subpathOfNames() as Map<string, string>;
    expect(real.get('LAW_STUDY_PERMISSIONS')).toBe('law-study');
    expect(real.has('PERMISSIONS')).toBe(false);
  });
});
