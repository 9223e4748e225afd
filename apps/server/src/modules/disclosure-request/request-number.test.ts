import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';

/** The tracking number (YSQ<year>-<n>) is a per-township, per-year sequence: gap-free and unique under parallel registration. */
let t: TestApp;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeTownship(t.ctx.db);
  staff = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[1], a.townshipId)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('request numbers', () => {
  it('gives 30 requests registered at once 30 distinct numbers, 0001 to 0030', async () => {
    const register = (i: number) =>
      staff.post('/api/disclosure-requests', {
        channel: 'inPerson',
        arrivedOn: '2026-03-02',
        applicant: {
          applicantKind: 'natural',
          applicantName: `申请人${i}`,
          idNumber: '11010519491231002X',
          phone: '13912345678',
          address: '东村3组',
          email: null,
          description: `第${i}份申请`,
          forms: ['paper'],
          deliveryMethod: 'post',
        },
      });
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => register(i)));
    expect(
      results.map((r) => r.statusCode),
      results[0]!.body,
    ).toEqual(Array(30).fill(201));
    const page = await staff.get('/api/disclosure-requests?pageSize=100');
    const numbers = (page.json().items as { number: string }[]).map((r) => r.number).sort();
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => `YSQ2026-${String(i + 1).padStart(4, '0')}`));
  });
});
