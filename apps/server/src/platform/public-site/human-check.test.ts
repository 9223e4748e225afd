import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecrets } from '../crypto/secrets.ts';
import { issueHumanCheck, verifyHumanCheck } from './human-check.ts';

const secrets = createSecrets(crypto.randomBytes(32));
const answerOf = (q: string) => q.match(/(\d+) plus (\d+)/)!.slice(1).reduce((s, n) => s + Number(n), 0);

describe('human check', () => {
  it('accepts the right answer once, then refuses the same token again', () => {
    const check = issueHumanCheck(secrets);
    const answer = String(answerOf(check.question.en));
    expect(verifyHumanCheck(secrets, check.token, String(Number(answer) + 1))).toBe(false);
    expect(verifyHumanCheck(secrets, check.token, answer)).toBe(true);
    expect(verifyHumanCheck(secrets, check.token, answer)).toBe(false);
  });

  it('refuses an expired token, another key, a forged or missing token and a non-number', () => {
    const now = Date.now();
    const check = issueHumanCheck(secrets, now);
    const answer = String(answerOf(check.question.en));
    expect(verifyHumanCheck(secrets, check.token, answer, now + 21 * 60 * 1000)).toBe(false);
    expect(verifyHumanCheck(createSecrets(crypto.randomBytes(32)), check.token, answer, now)).toBe(false);
    expect(verifyHumanCheck(secrets, check.token.replace(/.$/, 'x'), answer, now)).toBe(false);
    expect(verifyHumanCheck(secrets, undefined, answer, now)).toBe(false);
    expect(verifyHumanCheck(secrets, check.token, 'abc', now)).toBe(false);
  });

  it('writes the numbers in Chinese words', () => {
    const { question } = issueHumanCheck(secrets);
    expect(question.zh).toMatch(/^[一二三四五六七八九十]+加[一二三四五六七八九十]+等于多少/);
  });
});
