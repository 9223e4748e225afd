import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';

/**
 * One Content-Security-Policy for the signed-in app (Vite bundle of React, Ant Design, ECharts) and
 * the server-rendered public site (no script at all):
 * - script-src 'self': the bundle is external module scripts, index.html has no inline script, and
 *   the web app runs zod without `new Function` (apps/web/src/zod-config.ts), so no 'unsafe-eval';
 * - style-src 'unsafe-inline': Ant Design's css-in-js writes <style> elements at run time and
 *   ECharts' tooltip and the pages' `style` attributes are inline styles (no script can run from a style);
 * - img-src data: blob:: Ant Design's inline icons and the TOTP QR code are data: URLs;
 * - frame-ancestors 'none' (with X-Frame-Options DENY for older browsers): no site may frame the app
 *   and trick a signed-in clerk into clicks (clickjacking). The attachment preview, which the app
 *   frames itself, sets its own CSP and X-Frame-Options SAMEORIGIN (files/module.ts).
 * No upgrade-insecure-requests: a township may serve Yifa over plain HTTP on its own network, and
 * the browser would then ask for every script and style over HTTPS and load nothing.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': null,
} as const;

/**
 * Security headers on every response — API, public site, web app, static files, errors — set once
 * here with helmet rather than route by route. A route that sets a header itself (a download's
 * sandboxing CSP or its Cache-Control) keeps its own: helmet writes through `reply.raw.setHeader`,
 * and Fastify's `reply.header` values win when the response is written.
 *
 * helmet's middleware is built once, here, not through @fastify/helmet, which builds it again on
 * every request (parsing the CSP directives each time: ~4 % of a list page's server time).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const setHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    // 'same-origin', not 'no-referrer': with no-referrer Chromium sends `Origin: null` on a
    // same-origin POST, and access.ts (and any CSRF defence) needs the real origin.
    referrerPolicy: { policy: 'same-origin' },
    // HTTPS deployments only (browsers ignore it over HTTP); not includeSubDomains, which would
    // force the other sites of a government domain onto HTTPS.
    strictTransportSecurity: { maxAge: 180 * 24 * 3600, includeSubDomains: false },
    crossOriginEmbedderPolicy: false,
  });
  // helmet's middlewares call back synchronously and throw rather than pass an error (helmet ≥ 8.1).
  app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, () => done()));

  // Answers of the API carry personal data (names, ID numbers, phones) and a session's view of it;
  // a shared or back-button cache must keep none of them. A download that chose its own
  // Cache-Control (ETag revalidation of an attachment) keeps it.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
