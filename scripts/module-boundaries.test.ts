import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
// @ts-expect-error a plain .js ESLint rule without declarations
import { moduleBoundaries } from '../tools/eslint-module-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
const ROOT = path.resolve(import.meta.dirname, '..');
const at = (rel: string) => path.join(ROOT, rel);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });

tester.run('yifa/module-boundaries', moduleBoundaries, {
  valid: [
    { filename: at('apps/web/src/modules/publicity/duties-page.tsx'), code: "import { useOrgs } from '../organisation/index.ts';" },
    { filename: at('apps/web/src/modules/publicity/duties-page.tsx'), code: "import { x } from './publicity-api.ts';" },
    { filename: at('apps/web/src/modules/publicity/duties-page.tsx'), code: "import { call } from '../../api/call.ts';" },
    { filename: at('apps/web/src/modules/registry.ts'), code: "import { m } from './publicity/module.tsx';" },
    { filename: at('apps/web/src/modules/modules.generated.ts'), code: "import { m } from './publicity/module.tsx';" },
    {
      filename: at('apps/server/src/modules/disclosure-report/report-sources.ts'),
      code: "export { f } from '../disclosure-request/index.ts';",
    },
  ],
  invalid: [
    {
      filename: at('apps/web/src/modules/publicity/duties-page.tsx'),
      code: "import { useOrgs } from '../organisation/shared/org-api.ts';",
      errors: [{ messageId: 'webCrossModule' }],
    },
    {
      filename: at('apps/web/src/components/township-select.tsx'),
      code: "import { useOrgs } from '../modules/organisation/shared/org-api.ts';",
      errors: [{ messageId: 'webCrossModule' }],
    },
    {
      filename: at('apps/web/src/modules/publicity/duties-page.tsx'),
      code: "import { m } from '../organisation/module.tsx';",
      errors: [{ messageId: 'webCrossModule' }],
    },
    {
      filename: at('apps/server/src/modules/disclosure-report/report-sources.ts'),
      code: "export { f } from '../disclosure-request/repository.ts';",
      errors: [{ messageId: 'crossModule' }],
    },
    {
      filename: at('apps/server/src/modules/disclosure-report/report-sources.ts'),
      code: "import { f } from '../disclosure-request/use-cases/index.ts';",
      errors: [{ messageId: 'crossModule' }],
    },
  ],
});
