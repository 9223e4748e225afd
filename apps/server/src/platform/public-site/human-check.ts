import crypto from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Secrets } from '../crypto/secrets.ts';
import type { Db } from '../db/client.ts';
import { humanCheckUses } from './tables.ts';
import type { PublicText } from './text.ts';

/**
 * A simple human check for the public forms (no account, no third-party captcha, works without
 * script): a sum of two numbers written in words, its answer sealed in a token signed with the
 * installation's key. A token is good for 20 minutes and for ONE answer, right or wrong: otherwise a
 * script keeps the token and tries 0, 1, 2 … until the rate limit stops it. Together with the
 * route's rate limit this keeps a script from flooding the township with applications.
 */
export interface HumanCheck {
  question: PublicText;
  token: string;
}

const TTL_MS = 20 * 60 * 1000;
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function inWords(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}${tens > 0 ? '十' : ''}${ones > 0 || tens === 0 ? DIGITS[ones] : ''}`;
}

/** Proves that this installation issued the token (whatever the answer): no row is stored for a forged one. */
function signIssued(secrets: Secrets, expires: number, nonce: string): string {
  return secrets.fingerprint(`human-check-issued:${expires}:${nonce}`).slice(0, 32);
}

function signAnswer(secrets: Secrets, answer: number, expires: number, nonce: string): string {
  return secrets.fingerprint(`human-check:${answer}:${expires}:${nonce}`).slice(0, 32);
}

function isSame(a: string, b: string): boolean {
  return a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function issueHumanCheck(secrets: Secrets, now = Date.now()): HumanCheck {
  const a = crypto.randomInt(11, 50);
  const b = crypto.randomInt(2, 10);
  const expires = now + TTL_MS;
  const nonce = crypto.randomBytes(12).toString('base64url');
  return {
    question: { zh: `${inWords(a)}加${inWords(b)}等于多少？（请填阿拉伯数字）`, en: `What is ${a} plus ${b}? (digits)` },
    token: `${expires}.${nonce}.${signIssued(secrets, expires, nonce)}.${signAnswer(secrets, a + b, expires, nonce)}`,
  };
}

/**
 * True for the first answer to a token if it is right. The token is spent before the answer is
 * judged, so a wrong answer spends it too; spending is one INSERT on the nonce's primary key, so
 * of 20 simultaneous answers at most one is judged.
 */
export async function verifyHumanCheck(
  db: Db,
  secrets: Secrets,
  token: string | undefined,
  answer: string | undefined,
  now = Date.now(),
): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const [expiresText, nonce, issued, signature, ...rest] = token.split('.');
  const expires = Number(expiresText);
  if (!nonce || !issued || !signature || rest.length > 0 || !/^\d{13}$/.test(expiresText ?? '')) return false;
  if (expires < now || expires > now + TTL_MS || !isSame(signIssued(secrets, expires, nonce), issued)) return false;
  await db.delete(humanCheckUses).where(lt(humanCheckUses.expiresAt, new Date(now)));
  const spent = await db
    .insert(humanCheckUses)
    .values({ nonce, expiresAt: new Date(expires) })
    .onConflictDoNothing()
    .returning({ nonce: humanCheckUses.nonce });
  if (spent.length === 0) return false;
  const given = answer?.trim() ?? '';
  if (!/^\d{1,3}$/.test(given)) return false;
  return isSame(signAnswer(secrets, Number(given), expires, nonce), signature);
}
