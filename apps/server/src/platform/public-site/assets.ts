import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The public stylesheet, read once; its URL carries its hash so it can be cached for a year. */
export const SITE_CSS = fs.readFileSync(path.join(import.meta.dirname, 'site.css'), 'utf8');
const hash = crypto.createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 10);
export const SITE_CSS_URL = `/gk/assets/site.${hash}.css`;
