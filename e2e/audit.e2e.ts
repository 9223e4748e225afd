import type { AuditLogEntry, AuditPage, SessionInfo } from '@yifa/domain';
import type { Person } from '@yifa/domain/organisation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  apiResponse,
  DEMO_PASSWORD,
  openMenu,
  pick,
  randomIdNumber,
  randomMobile,
  signIn,
  startJourney,
  text,
  uniqueSuffix,
  type Journey,
} from './journey.ts';

/** What the redaction puts in place of personal data (platform/audit/redact.ts; docs/audit.md). */
const REDACTED = '[已隐去]';

/**
 * Every change leaves an audit entry with who, when, from where and what (GB/T 22239-2019
 * §8.1.4.3), and the entry never holds personal data in clear (个人信息保护法 Art. 51).
 */
describe('audit entries of a change', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('audit');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('records the new cadre with actor and IP, without the ID number or phone in clear', async () => {
    const tag = uniqueSuffix();
    const name = `审计测试${tag}`;
    const idNumber = randomIdNumber();
    const phone = randomMobile();
    const page = await journey.open('demo-admin');
    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    const session = (await (await apiOf(page)).get('/auth/session').then((r) => r.json())) as SessionInfo;

    // The change: demo-admin adds a cadre to 综治中心.
    await openMenu(page, '干部', '/org/people');
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: text('新增干部') }).click();
    const dialog = page.getByRole('dialog', { name: '新增干部' });
    await dialog.getByLabel('姓名').fill(name);
    await pick(page, dialog.getByLabel('所在机构'), '综治中心', /综治中心/);
    await dialog.getByLabel('电话').fill(phone);
    await dialog.getByLabel('身份证号').fill(idNumber);
    const created = apiResponse(page, 'POST', '/people');
    await dialog.getByRole('button', { name: text('保存') }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    const person = (await response.json()) as Person;
    await dialog.waitFor({ state: 'hidden' });
    await journey.shot(page, '01-cadre-added');

    // The audit page: the entry, found by action and actor, opened to show the record it wrote.
    await openMenu(page, '审计日志', '/system/audit');
    const filters = page.getByRole('form', { name: '筛选条件' });
    // Actions are picked by their Chinese label; the code is only in the tooltip (issue 8 item 18).
    await pick(page, filters.getByRole('combobox', { name: '操作类型' }), '新增干部', /^新增干部$/);
    await filters.getByRole('textbox', { name: '操作人' }).fill('吴平');
    const listed = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/audit' && new URL(r.url()).searchParams.get('action') === 'org.person.create',
    );
    await filters.getByRole('button', { name: text('查询') }).click();
    expect((await listed).status()).toBe(200);
    // Newest first: the entry just written is the first row; its details below prove it is ours.
    const row = page.getByRole('row').filter({ hasText: '新增干部' }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/吴平.*127\.0\.0\.1.*新增干部.*干部/);
    await row.getByRole('button', { name: '展开行' }).click();
    const after = page.getByLabel('修改后', { exact: true });
    await after.waitFor();
    await expect(after.textContent()).resolves.toContain(`"name": "${name}"`);
    await expect(after.textContent()).resolves.toContain(`"idNumber": "${REDACTED}"`);
    await expect(after.textContent()).resolves.toContain(`"phone": "${REDACTED}"`);
    const pageText = await page.locator('body').textContent();
    expect(pageText).not.toContain(idNumber);
    expect(pageText).not.toContain(phone);
    await journey.shot(page, '02-audit-entry-of-new-cadre');

    // The same entry through the API with the browser's session: actor, IP, township, no personal data.
    const api = await apiOf(page);
    const res = await api.get(`/audit?action=org.person.create&entityId=${person.id}`);
    expect(res.status()).toBe(200);
    const entries = ((await res.json()) as AuditPage).items;
    expect(entries).toHaveLength(1);
    const entry = entries[0] as AuditLogEntry;
    expect(entry).toMatchObject({
      action: 'org.person.create',
      entityType: 'person',
      entityId: person.id,
      isSuccess: true,
      actorId: session.user.id,
      actorName: '吴平',
      townshipId: session.user.townshipId,
    });
    expect(entry.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(entry.after).toMatchObject({ name, idNumber: REDACTED, phone: REDACTED });
    const raw = JSON.stringify(entry);
    for (const secret of [idNumber, phone, idNumber.slice(-4) + '"', phone.slice(0, 3) + '*']) expect(raw).not.toContain(secret);

    // The sign-in before the change is on record too.
    const logins = ((await (await api.get(`/audit?action=auth.login&actorId=${session.user.id}`)).json()) as AuditPage).items;
    expect(logins.some((e) => e.isSuccess && e.actorName === '吴平')).toBe(true);
  });
});
