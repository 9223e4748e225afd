import crypto from 'node:crypto';
import type { AppContext } from '../../platform/http/app-context.ts';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The secret an online applicant follows the application with (shown once, never stored). */
export function newTrackingSecret(): string {
  const chars = Array.from({ length: 12 }, () => SECRET_ALPHABET[crypto.randomInt(SECRET_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** Only this HMAC of the tracking secret is stored. */
export const hashTrackingSecret = (ctx: AppContext, secret: string) =>
  ctx.secrets.fingerprint(`disclosure-request-tracking:${secret.toUpperCase()}`);
