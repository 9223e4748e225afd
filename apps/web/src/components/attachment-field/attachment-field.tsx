import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  PaperClipOutlined,
  SoundOutlined,
  UploadOutlined,
  VideoCameraOutlined,
  CloseOutlined,
} from '@ant-design/icons';
import { ACCEPTED_FILE_EXTENSIONS, type FileInfo } from '@yifa/domain';
import { Button, Modal, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, buildUrl } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { useCan } from '../../auth/session.ts';
import { uploadFile, type UploadQuery } from './upload-file.ts';
import './attachment-field.css';

export interface AttachmentFieldProps {
  /** The attached files (a form field's value); modules submit their ids (`attachmentIds`). */
  value?: FileInfo[];
  onChange?: (files: FileInfo[]) => void;
  /** The owning org of new uploads (default: the uploader's own, docs/files.md "Owner"). */
  orgId?: string;
  /** When the record already exists, new uploads are linked to it at once. */
  entityType?: string;
  entityId?: string;
  /** At most this many files (none by default). */
  maxCount?: number;
  /** The installation's size limit when the page knows it (refused before sending). */
  maxUploadMb?: number;
  /** Lists the files (preview, download) without upload or remove. */
  disabled?: boolean;
  /** Names the field for screen readers ("现场照片"). */
  'aria-label'?: string;
  id?: string;
}

interface Pending {
  uid: string;
  name: string;
  size: number;
  percent: number;
  error: string | null;
  abort: AbortController;
}

/** 1.2 MB, 340 KB: the size as people read it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

const KIND_ICONS: Record<FileInfo['kind'], ReactNode> = {
  image: <FileImageOutlined />,
  pdf: <FilePdfOutlined />,
  document: <FileOutlined />,
  audio: <SoundOutlined />,
  video: <VideoCameraOutlined />,
};

export const contentUrl = (file: Pick<FileInfo, 'id'>, isInline = false) =>
  buildUrl(`/files/${file.id}/content`, isInline ? { inline: '1' } : {});

/**
 * 附件 for a module's form: pick or drop files, each uploaded at once (POST /api/files, with
 * progress), the server's refusal shown on the file (too large, type not allowed — judged from the
 * content), uploaded files listed with preview (images, PDF), download and remove. Use it as a
 * Form.Item control: `<Form.Item name="attachments"><AttachmentField entityType="studySession" /></Form.Item>`
 * and send `attachments.map((f) => f.id)` with the record.
 */
export function AttachmentField({
  value = [],
  onChange,
  orgId,
  entityType,
  entityId,
  maxCount,
  maxUploadMb,
  disabled = false,
  id,
  ...rest
}: AttachmentFieldProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [pending, setPending] = useState<Pending[]>([]);
  const [previewing, setPreviewing] = useState<FileInfo | null>(null);
  // Concurrent uploads finish in any order: each adds to the latest value, not the one it started with.
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  // Files uploaded here and not yet linked to a record: removing one deletes it on the server too.
  const uploadedHere = useRef(new Set<string>());
  // Uploads still running when the form closes are cancelled.
  const running = useRef(new Set<AbortController>());
  useEffect(() => {
    const set = running.current;
    return () => set.forEach((a) => a.abort());
  }, []);

  const canUpload = !disabled && can('platform:file:write');
  const isFull = maxCount !== undefined && value.length + pending.filter((p) => !p.error).length >= maxCount;
  const query: UploadQuery = { ...(orgId ? { orgId } : {}), ...(entityType && entityId ? { entityType, entityId } : {}) };

  const update = (uid: string, change: Partial<Pending>) =>
    setPending((list) => list.map((p) => (p.uid === uid ? { ...p, ...change } : p)));

  const start = (file: File, uid: string) => {
    const abort = new AbortController();
    running.current.add(abort);
    setPending((list) => [...list, { uid, name: file.name, size: file.size, percent: 0, error: null, abort }]);
    uploadFile(file, query, {
      onProgress: (percent) => update(uid, { percent }),
      signal: abort.signal,
      ...(maxUploadMb ? { maxUploadMb } : {}),
    })
      .then((info) => {
        if (!info.entityId) uploadedHere.current.add(info.id);
        setPending((list) => list.filter((p) => p.uid !== uid));
        const next = [...latest.current, info];
        latest.current = next;
        onChange?.(next);
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        update(uid, { error: describeError(error, t, i18n.language) });
      })
      .finally(() => running.current.delete(abort));
  };

  const remove = (file: FileInfo) => {
    const next = latest.current.filter((f) => f.id !== file.id);
    latest.current = next;
    onChange?.(next);
    if (uploadedHere.current.has(file.id)) {
      uploadedHere.current.delete(file.id);
      // Best effort: an orphan left behind is harmless (docs/files.md), the form is what matters.
      void api.delete(`/files/${file.id}`).catch(() => undefined);
    }
  };

  const dismiss = (item: Pending) => {
    item.abort.abort();
    setPending((list) => list.filter((p) => p.uid !== item.uid));
  };

  return (
    <div className="yifa-attachments" id={id} role="group" aria-label={rest['aria-label'] ?? t('attachment.label')}>
      {canUpload ? (
        <Upload.Dragger
          multiple={maxCount === undefined || maxCount > 1}
          accept={ACCEPTED_FILE_EXTENSIONS.join(',')}
          showUploadList={false}
          disabled={isFull}
          customRequest={({ file }) => {
            const f = file as File & { uid?: string };
            start(f, f.uid ?? `${Date.now()}-${f.name}`);
          }}
          className="yifa-attachments-drop"
        >
          <p className="yifa-attachments-hint">
            <UploadOutlined /> {isFull ? t('attachment.full', { count: maxCount }) : t('attachment.pick')}
          </p>
          <p className="yifa-attachments-sub">{maxUploadMb ? t('attachment.typesAndLimit', { mb: maxUploadMb }) : t('attachment.types')}</p>
        </Upload.Dragger>
      ) : null}
      {value.length === 0 && pending.length === 0 && !canUpload ? (
        <Typography.Text type="secondary">{t('attachment.none')}</Typography.Text>
      ) : null}
      <ul className="yifa-attachments-list" aria-label={t('attachment.listLabel')}>
        {pending.map((p) => (
          <li key={p.uid} className={p.error ? 'has-error' : undefined}>
            <PaperClipOutlined aria-hidden />
            <span className="yifa-attachments-name">{p.name}</span>
            <span className="yifa-attachments-size">{formatSize(p.size)}</span>
            {p.error ? (
              <Typography.Text type="danger" role="alert" className="yifa-attachments-error">
                {p.error}
              </Typography.Text>
            ) : (
              <Progress
                percent={p.percent}
                size="small"
                style={{ width: 140, margin: 0 }}
                aria-label={t('attachment.uploading', { name: p.name })}
              />
            )}
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={p.error ? t('attachment.dismiss', { name: p.name }) : t('attachment.cancel', { name: p.name })}
              onClick={() => dismiss(p)}
            />
          </li>
        ))}
        {value.map((file) => (
          <li key={file.id}>
            <span aria-hidden>{KIND_ICONS[file.kind]}</span>
            <span className="yifa-attachments-name" title={file.originalName}>
              {file.originalName}
            </span>
            <span className="yifa-attachments-size">{formatSize(file.size)}</span>
            <Space size={0}>
              {file.isPreviewable ? (
                <Button
                  type="link"
                  size="small"
                  icon={<EyeOutlined />}
                  onClick={() => setPreviewing(file)}
                  aria-label={t('attachment.previewOf', { name: file.originalName })}
                >
                  {t('attachment.preview')}
                </Button>
              ) : null}
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                href={contentUrl(file)}
                download={file.originalName}
                aria-label={t('attachment.downloadOf', { name: file.originalName })}
              >
                {t('common.download')}
              </Button>
              {canUpload ? (
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(file)}
                  aria-label={t('attachment.removeOf', { name: file.originalName })}
                >
                  {t('attachment.remove')}
                </Button>
              ) : null}
            </Space>
          </li>
        ))}
      </ul>
      <Modal
        open={!!previewing}
        title={previewing?.originalName}
        width={previewing?.kind === 'pdf' ? 960 : 820}
        footer={
          previewing ? (
            <Button href={contentUrl(previewing)} download={previewing.originalName} icon={<DownloadOutlined />}>
              {t('common.download')}
            </Button>
          ) : null
        }
        onCancel={() => setPreviewing(null)}
        destroyOnHidden
        centered
      >
        {previewing?.kind === 'pdf' ? (
          <iframe
            src={contentUrl(previewing, true)}
            title={previewing.originalName}
            style={{ width: '100%', height: '70vh', border: 'none' }}
          />
        ) : previewing ? (
          <img
            src={contentUrl(previewing, true)}
            alt={previewing.originalName}
            style={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', margin: '0 auto' }}
          />
        ) : null}
      </Modal>
    </div>
  );
}
