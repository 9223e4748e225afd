import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { createSecrets } from '../crypto/secrets.ts';
import { connect, type Database } from '../db/client.ts';
import { issueHumanCheck, verifyHumanCheck } from './human-check.ts';
import { humanCheckUses } from './tables.ts';

const secrets = createSecrets(crypto.randomBytes(32));
const answerOf = (q: string) =>
  q
    .match(/(\d+) plus (\d+)/)!
    .slice(1)
    .reduce((s, n) => s + Number(n), 0);
const nonceOf = (token: string) => token.split('.')[1]!;

let t: TestApp;
let db: TestApp['ctx']['db'];
beforeAll(async () => {
  t = await createTestApp();
  db = t.ctx.db;
});
afterAll(async () => t.close());

describe('human check', () => {
  it('accepts the right answer once, then refuses the same token again', async () => {
    const check = issueHumanCheck(secrets);
    const answer = String(answerOf(check.question.en));
    expect(await verifyHumanCheck(db, secrets, check.token, answer)).toBe(true);
    expect(await verifyHumanCheck(db, secrets, check.token, answer)).toBe(false);
  });

  it('spends the token on a wrong answer: the right answer after it is refused', async () => {
    const check = issueHumanCheck(secrets);
    const answer = answerOf(check.question.en);
    expect(await verifyHumanCheck(db, secrets, check.token, String(answer + 1))).toBe(false);
    expect(await verifyHumanCheck(db, secrets, check.token, String(answer))).toBe(false);
    const empty = issueHumanCheck(secrets);
    expect(await verifyHumanCheck(db, secrets, empty.token, '')).toBe(false);
    expect(await verifyHumanCheck(db, secrets, empty.token, String(answerOf(empty.question.en)))).toBe(false);
  });

  it('of 20 simultaneous right answers with one token, accepts exactly one', async () => {
    const check = issueHumanCheck(secrets);
    const answer = String(answerOf(check.question.en));
    const results = await Promise.all(Array.from({ length: 20 }, () => verifyHumanCheck(db, secrets, check.token, answer)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('holds across processes and restarts: the spent token is in the database', async () => {
    const check = issueHumanCheck(secrets);
    const answer = String(answerOf(check.question.en));
    expect(await verifyHumanCheck(db, secrets, check.token, String(Number(answer) + 1))).toBe(false);
    const other: Database = connect(t.databaseUrl, 2);
    try {
      expect(await verifyHumanCheck(other.db, secrets, check.token, answer)).toBe(false);
    } finally {
      await other.close();
    }
    expect(
      await db
        .select()
        .from(humanCheckUses)
        .where(eq(humanCheckUses.nonce, nonceOf(check.token))),
    ).toHaveLength(1);
  });

  it('refuses an expired token, another key, a forged or missing token and a non-number, storing nothing for a forgery', async () => {
    const now = Date.now();
    const check = issueHumanCheck(secrets, now);
    const answer = String(answerOf(check.question.en));
    expect(await verifyHumanCheck(db, secrets, check.token, answer, now + 21 * 60 * 1000)).toBe(false);
    expect(await verifyHumanCheck(db, createSecrets(crypto.randomBytes(32)), check.token, answer, now)).toBe(false);
    expect(await verifyHumanCheck(db, secrets, undefined, answer, now)).toBe(false);
    const [expires, nonce, issued, signature] = check.token.split('.');
    const forged = `${expires}.${crypto.randomBytes(12).toString('base64url')}.${issued}.${signature}`;
    expect(await verifyHumanCheck(db, secrets, forged, answer, now)).toBe(false);
    expect(await verifyHumanCheck(db, secrets, `${Number(expires) + 3_600_000}.${nonce}.${issued}.${signature}`, answer, now)).toBe(false);
    expect(
      await db
        .select()
        .from(humanCheckUses)
        .where(eq(humanCheckUses.nonce, nonceOf(forged))),
    ).toHaveLength(0);
    expect(await verifyHumanCheck(db, secrets, check.token, 'abc', now)).toBe(false);
    expect(await verifyHumanCheck(db, secrets, check.token, answer, now)).toBe(false);
  });

  it('forgets spent tokens once they have expired', async () => {
    const past = Date.now() - 30 * 60 * 1000;
    const old = issueHumanCheck(secrets, past);
    await db.insert(humanCheckUses).values({ nonce: nonceOf(old.token), expiresAt: new Date(past + 20 * 60 * 1000) });
    const check = issueHumanCheck(secrets);
    await verifyHumanCheck(db, secrets, check.token, String(answerOf(check.question.en)));
    expect(
      await db
        .select()
        .from(humanCheckUses)
        .where(eq(humanCheckUses.nonce, nonceOf(old.token))),
    ).toHaveLength(0);
  });

  it('writes the numbers in Chinese words', () => {
    const { question } = issueHumanCheck(secrets);
    expect(question.zh).toMatch(/^[一二三四五六七八九十]+加[一二三四五六七八九十]+等于多少/);
  });
});
