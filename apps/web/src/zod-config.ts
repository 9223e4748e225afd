import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema runs. The server's Content-Security-Policy allows
 * no 'unsafe-eval' (apps/server/src/platform/http/security-headers.ts); zod's object parser would
 * otherwise probe `new Function` on its first parse, which the browser refuses and reports as a
 * CSP violation. Without the JIT, zod parses the same way, a little slower: forms parse little.
 */
z.config({ jitless: true });
