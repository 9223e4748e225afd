import { Document, Packer, Paragraph } from 'docx';
import { and, eq } from 'drizzle-orm';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import type { DataScope } from '../scope/data-scope.ts';
import { settings } from '../settings/tables.ts';
import { blobPath } from './blob-store.ts';
import { attachFiles, listAttachedFiles } from './index.ts';
import { files } from './tables.ts';
import { compoundFile, ELF_HEADER, multipartFile, PDF_MINIMAL, PNG_1X1, uniquePng } from './test-fixtures.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let staffA: Client; // office staff of a's first department
let staffA2: Client; // office staff of a's second department
let adminA: Client;
let adviserA: Client; // legal adviser: may read, not upload
let sysAdmin: Client; // holds no file permission
let staffB: Client;

const upload = (client: Client, name: string, content: Buffer, query = '') => {
  const { payload, headers } = multipartFile(name, content);
  return client.request({ method: 'POST', url: `/api/files${query}`, payload, headers });
};
const setMaxUploadMb = (mb: number) =>
  t.ctx.db
    .insert(settings)
    .values({ key: 'files', value: { maxUploadMb: mb } })
    .onConflictDoUpdate({ target: settings.key, set: { value: { maxUploadMb: mb } } });
const tempFiles = () => fs.readdirSync(path.join(t.ctx.config.dataDir, 'files', 'tmp'));

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  b = await makeTownship(t.ctx.db);
  const as = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  staffA = await as('officeStaff', a.departmentIds[0], a.townshipId);
  staffA2 = await as('officeStaff', a.departmentIds[1], a.townshipId);
  adminA = await as('townshipAdmin', a.townshipId, a.townshipId);
  adviserA = await as('legalAdviser', a.townshipId, a.townshipId);
  sysAdmin = await as('systemAdmin', null, null);
  staffB = await as('officeStaff', b.departmentIds[0], b.townshipId);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(t.ctx.config.dataDir, { recursive: true, force: true });
});

describe('POST /files', () => {
  it('stores a PNG content-addressed under the data folder, owned by the uploader\u2019s township and org, and audits it', async () => {
    const bytes = uniquePng();
    const res = await upload(staffA, '现场照片.png', bytes);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      townshipId: a.townshipId,
      orgId: a.departmentIds[0],
      contentType: 'image/png',
      kind: 'image',
      size: bytes.length,
      originalName: '现场照片.png',
      isPreviewable: true,
      entityType: null,
    });
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(body.sha256).toBe(sha);
    expect(fs.readFileSync(path.join(t.ctx.config.dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha)).equals(bytes)).toBe(true);
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, body.id), eq(auditLog.action, 'platform.file.upload')));
    expect(entry?.townshipId).toBe(a.townshipId);
    expect(tempFiles()).toEqual([]);
  });

  it('stores the same bytes once however often they are uploaded', async () => {
    const bytes = uniquePng();
    const first = (await upload(staffA, 'a.png', bytes)).json();
    const second = (await upload(staffB, 'b.png', bytes)).json();
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    const dir = path.dirname(blobPath(t.ctx.config.dataDir, first.sha256));
    expect(fs.readdirSync(dir).filter((f) => f === first.sha256)).toHaveLength(1);
    const rows = await t.ctx.db.select().from(files).where(eq(files.sha256, first.sha256));
    expect(rows.map((r) => r.townshipId).sort()).toEqual([a.townshipId, b.townshipId].sort());
  });

  it('judges the type from the bytes: a PDF named .jpg is a PDF, and the name gets the real extension', async () => {
    const res = await upload(staffA, 'scan.jpg', PDF_MINIMAL);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'application/pdf', kind: 'pdf', originalName: 'scan.jpg.pdf' });
  });

  it('strips a direction override from the name, so that a program cannot display as a picture', async () => {
    const res = await upload(staffA, 'report\u202Egnp.exe', uniquePng());
    expect(res.statusCode).toBe(201);
    expect(res.json().originalName).toBe('reportgnp.exe.png');
    const download = await staffA.get(`/api/files/${res.json().id}/content`);
    expect(String(download.headers['content-disposition'])).toBe(
      `attachment; filename="reportgnp.exe.png"; filename*=UTF-8''reportgnp.exe.png`,
    );
  });

  it('refuses an executable named .jpg, a plain text file and a zip archive, keeping nothing', async () => {
    const before = await t.ctx.db.select().from(files);
    for (const [name, bytes] of [
      ['photo.jpg', ELF_HEADER],
      ['notes.txt', Buffer.from('只是一段文字')],
      ['a.zip', Buffer.from('504b0304140000000000', 'hex')],
    ] as const) {
      const res = await upload(staffA, name, Buffer.concat([bytes, Buffer.alloc(64)]));
      expect(res.statusCode, name).toBe(415);
      expect(res.json().code).toBe('FILE.TYPE_NOT_ALLOWED');
    }
    expect(await t.ctx.db.select().from(files)).toHaveLength(before.length);
    expect(tempFiles()).toEqual([]);
  });

  it('accepts a Word .docx and an old Word .doc, and refuses a compound file that is not an Office document', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('学法记录')] }] }));
    const res = await upload(staffA, '学法记录.docx', docx);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'document',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      isPreviewable: false,
    });

    const doc = await upload(staffA, '旧文件.doc', compoundFile('WordDocument'));
    expect(doc.statusCode).toBe(201);
    expect(doc.json().contentType).toBe('application/msword');

    const msi = await upload(staffA, 'setup.doc', compoundFile('\u0005SummaryInformation'));
    expect(msi.statusCode).toBe(415);
    expect(msi.json().code).toBe('FILE.TYPE_NOT_ALLOWED');
  });

  it('refuses an empty file', async () => {
    const res = await upload(staffA, 'empty.png', Buffer.alloc(0));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('FILE.EMPTY');
  });

  it('refuses a file over the configured limit, by its declared length and while streaming, leaving no temporary file', async () => {
    await setMaxUploadMb(1);
    try {
      const big = Buffer.concat([PNG_1X1, Buffer.alloc(1024 * 1024 + 100 * 1024)]);
      const declared = await upload(staffA, 'big.png', big);
      expect(declared.statusCode).toBe(413);
      expect(declared.json().code).toBe('FILE.TOO_LARGE');
      expect(declared.headers.connection).toBe('close');

      // No Content-Length: the stream itself is cut at the limit.
      const { payload, headers } = multipartFile('big.png', big);
      const streamed = await staffA.request({ method: 'POST', url: '/api/files', payload: Readable.from([payload]), headers });
      expect(streamed.statusCode).toBe(413);
      expect(streamed.json().code).toBe('FILE.TOO_LARGE');
      expect(streamed.headers.connection).toBe('close');
      expect(tempFiles()).toEqual([]);
      const sizes = (await t.ctx.db.select().from(files)).map((r) => r.size);
      expect(Math.max(...sizes)).toBeLessThan(1024 * 1024);

      const small = await upload(staffA, 'small.png', uniquePng());
      expect(small.statusCode).toBe(201);
    } finally {
      await setMaxUploadMb(500);
    }
  });

  it('puts the file in a given org of the uploader\u2019s scope; an org outside it is not found', async () => {
    const mine = await upload(adminA, 'a.png', uniquePng(), `?orgId=${a.villageIds[0]}`);
    expect(mine.statusCode).toBe(201);
    expect(mine.json().orgId).toBe(a.villageIds[0]);
    const otherOrg = await upload(staffA, 'a.png', uniquePng(), `?orgId=${a.departmentIds[1]}`);
    expect(otherOrg.statusCode).toBe(404);
    const otherTownship = await upload(adminA, 'a.png', uniquePng(), `?orgId=${b.departmentIds[0]}`);
    expect(otherTownship.statusCode).toBe(404);
    expect(otherTownship.json().code).toBe('RECORD.NOT_FOUND');
  });

  it('answers 401 without a session, 403 without the permission, 400 for a bad query, a missing file or a non-multipart body', async () => {
    const { payload, headers } = multipartFile('a.png', PNG_1X1);
    expect((await t.app.inject({ method: 'POST', url: '/api/files', payload, headers })).statusCode).toBe(401);
    const forbidden = await upload(adviserA, 'a.png', PNG_1X1);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('AUTH.FORBIDDEN');
    expect((await upload(sysAdmin, 'a.png', PNG_1X1)).statusCode).toBe(403);

    const badQuery = await upload(staffA, 'a.png', PNG_1X1, '?orgId=nope');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().code).toBe('REQUEST.VALIDATION_FAILED');
    const halfLink = await upload(staffA, 'a.png', PNG_1X1, '?entityType=studySession');
    expect(halfLink.json().code).toBe('REQUEST.VALIDATION_FAILED');
    const unknownParam = await upload(staffA, 'a.png', PNG_1X1, '?foo=1');
    expect(unknownParam.json().code).toBe('REQUEST.VALIDATION_FAILED');

    const boundary = 'xyz';
    const noFile = await staffA.request({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().code).toBe('REQUEST.VALIDATION_FAILED');
    const json = await staffA.post('/api/files', { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('reading files', () => {
  let pngId: string;
  let pdfId: string;
  let docxId: string;
  beforeAll(async () => {
    pngId = (await upload(staffA, '现场照片 1.png', uniquePng(), `?entityType=studySession&entityId=${a.townshipId}`)).json().id;
    pdfId = (await upload(staffA, '扫描件.pdf', Buffer.concat([PDF_MINIMAL, Buffer.from(`%${Date.now()}\n`)]))).json().id;
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(`会议纪要 ${Math.random()}`)] }] }));
    docxId = (await upload(staffA, '纪要.docx', docx)).json().id;
  });

  it('shows the metadata to users whose scope holds it, and answers 404 to the others', async () => {
    expect((await staffA.get(`/api/files/${pngId}`)).json().id).toBe(pngId);
    expect((await adminA.get(`/api/files/${pngId}`)).statusCode).toBe(200);
    expect((await adviserA.get(`/api/files/${pngId}`)).statusCode).toBe(200);
    for (const other of [staffA2, staffB]) {
      for (const url of [`/api/files/${pngId}`, `/api/files/${pngId}/content`]) {
        const res = await other.get(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.json().code).toBe('RECORD.NOT_FOUND');
      }
    }
  });

  it('previews an image inline with its type, a safe Chinese file name and nosniff', async () => {
    const res = await staffA.get(`/api/files/${pngId}/content?inline=1`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition.startsWith('inline; ')).toBe(true);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('现场照片 1.png')}`);
    expect(disposition).toContain('filename="____ 1.png"');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.rawPayload.subarray(0, 8).equals(PNG_1X1.subarray(0, 8))).toBe(true);
  });

  it('downloads as an attachment without inline=1, and always for types a browser should not open', async () => {
    expect(String((await staffA.get(`/api/files/${pngId}/content`)).headers['content-disposition'])).toMatch(/^attachment; /);
    const docx = await staffA.get(`/api/files/${docxId}/content?inline=1`);
    expect(docx.statusCode).toBe(200);
    expect(String(docx.headers['content-disposition'])).toMatch(/^attachment; /);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('previews a PDF inline (without the sandbox its viewer cannot run in), in a frame of the app only', async () => {
    const res = await staffA.get(`/api/files/${pdfId}/content?inline=1`);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toMatch(/^inline; /);
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers 304 when the browser already has the bytes', async () => {
    const first = await staffA.get(`/api/files/${pngId}/content`);
    const again = await staffA.request({
      method: 'GET',
      url: `/api/files/${pngId}/content`,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('lists the files of a record inside the caller\u2019s scope', async () => {
    const res = await staffA.get(`/api/files?entityType=studySession&entityId=${a.townshipId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((f: { id: string }) => f.id)).toEqual([pngId]);
    expect((await staffA2.get(`/api/files?entityType=studySession&entityId=${a.townshipId}`)).json().items).toEqual([]);
    expect((await staffB.get('/api/files')).json().items.every((f: { townshipId: string }) => f.townshipId === b.townshipId)).toBe(true);
  });

  it('answers 401, 403 and 400 on the read routes', async () => {
    for (const url of ['/api/files', `/api/files/${pngId}`, `/api/files/${pngId}/content`]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await sysAdmin.get(url)).statusCode, url).toBe(403);
    }
    for (const url of [
      '/api/files/nope',
      '/api/files/nope/content',
      `/api/files/${pngId}/content?inline=yes`,
      '/api/files?pageSize=1000',
      '/api/files?entityId=x',
      '/api/files?page=2',
      '/api/files?after=not-json',
    ]) {
      const res = await staffA.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    }
  });
});

describe('DELETE /files/:id', () => {
  it('soft-deletes and audits, keeps the bytes, and hides the file', async () => {
    const bytes = uniquePng();
    const first = (await upload(staffA, 'a.png', bytes)).json();
    const twin = (await upload(staffA, 'b.png', bytes)).json();
    const res = await staffA.delete(`/api/files/${first.id}`);
    expect(res.statusCode).toBe(200);
    expect((await staffA.get(`/api/files/${first.id}`)).statusCode).toBe(404);
    expect(fs.existsSync(blobPath(t.ctx.config.dataDir, first.sha256))).toBe(true);
    expect((await staffA.get(`/api/files/${twin.id}/content`)).statusCode).toBe(200);
    const [row] = await t.ctx.db.select().from(files).where(eq(files.id, first.id));
    expect(row?.deletedAt).not.toBeNull();
    const entries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, first.id), eq(auditLog.action, 'platform.file.delete')));
    expect(entries).toHaveLength(1);
    expect((await staffA.delete(`/api/files/${first.id}`)).statusCode).toBe(404);
  });

  it('answers 401, 403, 404 for another township\u2019s file and 400 for a bad id', async () => {
    const id = (await upload(staffA, 'a.png', uniquePng())).json().id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/files/${id}` })).statusCode).toBe(401);
    expect((await adviserA.delete(`/api/files/${id}`)).statusCode).toBe(403);
    const other = await staffB.delete(`/api/files/${id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('RECORD.NOT_FOUND');
    expect((await staffA.delete('/api/files/nope')).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await staffA.get(`/api/files/${id}`)).statusCode).toBe(200);
  });
});

describe('attachFiles (for modules)', () => {
  const scopeOf = (userId: string, orgId: string, townshipId: string): DataScope => ({
    kind: 'org',
    userId,
    townshipId,
    townshipIds: [townshipId],
    orgIds: [orgId],
    isReadOnly: false,
  });

  it('links uploaded files to a record, idempotently, and refuses another record\u2019s or an unseen file', async () => {
    const userId = (await staffA.get('/api/auth/session')).json().user.id as string;
    const scope = scopeOf(userId, a.departmentIds[0], a.townshipId);
    const f1 = (await upload(staffA, '1.png', uniquePng())).json().id;
    const f2 = (await upload(staffA, '2.pdf', Buffer.concat([PDF_MINIMAL, Buffer.from(`%${Math.random()}\n`)]))).json().id;
    const recordId = crypto.randomUUID();
    const linked = await t.ctx.db.transaction((tx) => attachFiles(tx, scope, [f1, f2], 'enforcementCase', recordId));
    expect(linked.map((r) => r.entityId)).toEqual([recordId, recordId]);
    await t.ctx.db.transaction((tx) => attachFiles(tx, scope, [f1], 'enforcementCase', recordId));
    expect((await listAttachedFiles(t.ctx.db, scope, 'enforcementCase', recordId)).map((f) => f.id).sort()).toEqual([f1, f2].sort());

    await expect(t.ctx.db.transaction((tx) => attachFiles(tx, scope, [f1], 'enforcementCase', crypto.randomUUID()))).rejects.toMatchObject({
      code: 'FILE.ALREADY_ATTACHED',
    });
    const foreign = (await upload(staffB, 'x.png', uniquePng())).json().id;
    await expect(t.ctx.db.transaction((tx) => attachFiles(tx, scope, [foreign], 'enforcementCase', recordId))).rejects.toMatchObject({
      code: 'RECORD.NOT_FOUND',
    });
    const [row] = await t.ctx.db.select().from(files).where(eq(files.id, foreign));
    expect(row?.entityId).toBeNull();
  });
});
