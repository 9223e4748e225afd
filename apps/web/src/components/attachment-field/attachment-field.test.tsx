import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { FileInfo, PermissionCode } from '@yifa/domain';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/index.ts';
import { renderPage, stubApi, type ApiCall } from '../../test/render-page.tsx';
import { AttachmentField } from './attachment-field.tsx';

/** XMLHttpRequest as the upload uses it: the test answers each request itself. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  withCredentials = false;
  body: unknown = null;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const RECORD = '22222222-2222-4222-8222-222222222222';

function fileInfo(over: Partial<FileInfo> = {}): FileInfo {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    townshipId: 't1',
    orgId: 'o1',
    originalName: '签到表.png',
    contentType: 'image/png',
    kind: 'image',
    size: 2048,
    sha256: 'a'.repeat(64),
    entityType: null,
    entityId: null,
    isPreviewable: true,
    createdAt: '2026-11-27T01:00:00Z',
    createdBy: 'u1',
    version: 1,
    ...over,
  };
}

function problem(status: number, code: string, userMessage: string) {
  return { type: 'about:blank', title: code, status, code, userMessage };
}

/** The field inside a tiny form-like owner that keeps the value, as Form.Item would. */
function Harness({
  initial = [],
  onChange,
  ...props
}: {
  initial?: FileInfo[];
  onChange: (files: FileInfo[]) => void;
  entityType?: string;
  entityId?: string;
}) {
  const [value, setValue] = useState<FileInfo[]>(initial);
  return (
    <AttachmentField
      value={value}
      onChange={(files) => {
        setValue(files);
        onChange(files);
      }}
      {...props}
    />
  );
}

function render(
  props: { initial?: FileInfo[]; entityType?: string; entityId?: string } = {},
  permissions: PermissionCode[] = ['platform:file:read', 'platform:file:write'],
) {
  const onChange = vi.fn();
  const result = renderPage(<Harness onChange={onChange} {...props} />, { permissions });
  return { onChange, container: result.container };
}

function pick(container: HTMLElement, file: File) {
  const input = container.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

describe('AttachmentField', () => {
  let calls: ApiCall[];
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    calls = stubApi({ 'DELETE /api/files/44444444-4444-4444-8444-444444444444': () => ({ ok: true }) });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uploads a picked file as multipart with the CSRF token and the record link, shows progress, then lists it', async () => {
    const { onChange, container } = render({ entityType: 'studySession', entityId: RECORD });
    pick(container, new File(['png-bytes'], '签到表.png', { type: 'image/png' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0]!;
    expect(xhr.method).toBe('POST');
    const url = new URL(xhr.url, 'http://localhost');
    expect(url.pathname).toBe('/api/files');
    expect(url.searchParams.get('entityType')).toBe('studySession');
    expect(url.searchParams.get('entityId')).toBe(RECORD);
    expect(xhr.headers['x-csrf-token']).toBe('csrf');
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(File);

    act(() => xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 }));
    expect(await screen.findByRole('progressbar', { name: /正在上传 签到表.png/ })).toBeTruthy();

    act(() => xhr.respond(201, fileInfo({ entityType: 'studySession', entityId: RECORD })));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange.mock.calls[0]![0]).toEqual([expect.objectContaining({ originalName: '签到表.png', entityId: RECORD })]);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: '预览 签到表.png' })).toBeTruthy();
  });

  it('shows the server\u2019s FILE.TYPE_NOT_ALLOWED message on the file and adds nothing', async () => {
    const { onChange, container } = render();
    pick(container, new File(['MZ'], 'setup.png', { type: 'image/png' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    act(() => FakeXhr.sent[0]!.respond(415, problem(415, 'FILE.TYPE_NOT_ALLOWED', '不支持的文件类型（以文件内容判断）')));
    expect((await screen.findByRole('alert')).textContent).toBe('不支持的文件类型（以文件内容判断）');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '关闭 setup.png 的错误提示' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows FILE.TOO_LARGE, in English too', async () => {
    await i18n.changeLanguage('en');
    const { container } = render();
    pick(container, new File(['x'.repeat(10)], 'video.mp4', { type: 'video/mp4' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    act(() => FakeXhr.sent[0]!.respond(413, problem(413, 'FILE.TOO_LARGE', '文件超过大小限制')));
    expect((await screen.findByRole('alert')).textContent).toBe('The file is too large');
  });

  it('refuses a file over a known limit without sending it', async () => {
    const onChange = vi.fn();
    renderPage(<AttachmentField value={[]} onChange={onChange} maxUploadMb={1} />, { permissions: ['platform:file:write'] });
    pick(document.body, new File([new Uint8Array(1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' }));
    expect((await screen.findByRole('alert')).textContent).toBe('文件超过大小限制');
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('previews an image inline, downloads as an attachment, and removes a linked file without deleting it', async () => {
    const linked = fileInfo({ entityType: 'studySession', entityId: RECORD });
    const { onChange } = render({ initial: [linked] });
    fireEvent.click(screen.getByRole('button', { name: '预览 签到表.png' }));
    const img = await screen.findByRole('img', { name: '签到表.png' });
    expect(img.getAttribute('src')).toBe(`/api/files/${linked.id}/content?inline=1`);
    expect(screen.getByRole('link', { name: '下载 签到表.png' }).getAttribute('href')).toBe(`/api/files/${linked.id}/content`);
    fireEvent.click(screen.getByRole('button', { name: '移除 签到表.png' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);
  });

  it('deletes on the server a file uploaded here and removed before it was linked', async () => {
    const { onChange, container } = render();
    pick(container, new File(['%PDF'], '通知.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    act(() =>
      FakeXhr.sent[0]!.respond(201, fileInfo({ id: '44444444-4444-4444-8444-444444444444', originalName: '通知.pdf', kind: 'pdf' })),
    );
    fireEvent.click(await screen.findByRole('button', { name: '移除 通知.pdf' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/files/44444444-4444-4444-8444-444444444444')).toBe(true),
    );
  });

  it('only lists the files for a reader without platform:file:write', () => {
    const { container } = render({ initial: [fileInfo()] }, ['platform:file:read']);
    expect(container.querySelector('input[type="file"]')).toBeNull();
    expect(screen.queryByRole('button', { name: '移除 签到表.png' })).toBeNull();
    expect(screen.getByRole('link', { name: '下载 签到表.png' })).toBeTruthy();
  });
});
