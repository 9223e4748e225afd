import crypto from 'node:crypto';
import type { Secrets } from '../crypto/secrets.ts';
import type { PublicText } from './text.ts';

/**
 * A simple human check for the public forms (no account, no third-party captcha, works without
 * script): a sum of two numbers written in words, its answer sealed in a token signed with the
 * installation's key. A token is good for 20 minutes and for one submission only; together with the
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

function sign(secrets: Secrets, answer: number, expires: number, nonce: string): string {
  return secrets.fingerprint(`human-check:${answer}:${expires}:${nonce}`).slice(0, 32);
}

export function issueHumanCheck(secrets: Secrets, now = Date.now()): HumanCheck {
  const a = crypto.randomInt(11, 50);
  const b = crypto.randomInt(2, 10);
  const expires = now + TTL_MS;
  const nonce = crypto.randomBytes(9).toString('base64url');
  return {
    question: { zh: `${inWords(a)}加${inWords(b)}等于多少？（请填阿拉伯数字）`, en: `What is ${a} plus ${b}? (digits)` },
    token: `${expires}.${nonce}.${sign(secrets, a + b, expires, nonce)}`,
  };
}

/** Nonces already used, until their token expires (one process serves the site). */
const used = new Map<string, number>();

export function verifyHumanCheck(secrets: Secrets, token: string | undefined, answer: string | undefined, now = Date.now()): boolean {
  if (!token || !answer || !/^\d{1,3}$/.test(answer.trim())) return false;
  const [expiresText, nonce, signature] = token.split('.');
  const expires = Number(expiresText);
  if (!nonce || !signature || !Number.isFinite(expires) || expires < now || used.has(nonce)) return false;
  const expected = sign(secrets, Number(answer.trim()), expires, nonce);
  if (expected.length !== signature.length || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return false;
  for (const [n, until] of used) if (until < now) used.delete(n);
  used.set(nonce, expires);
  return true;
}
