/**
 * Imported first by main.tsx, before any schema runs. The server's Content-Security-Policy allows
 * no 'unsafe-eval' (apps/server/src/platform/http/security-headers.ts); zod's object parser would
 * otherwise probe `new Function` on its first parse, which the browser refuses and reports as a
 * CSP violation. Without the JIT, zod parses the same way, a little slower: forms parse little.
 *
 * Set through the global zod reads its configuration from (zod/v4/core: `globalThis.__zod_globalConfig`)
 * rather than `z.config()`, so that the login page does not load zod (25 kB gzip) just to configure
 * it: zod arrives with the first page that uses it. zod-config.test.ts checks that zod sees it.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
// Mutated in place: should zod already be loaded, it holds this very object.
(holder.__zod_globalConfig ??= {}).jitless = true;
