import { type FileInfo } from '@yifa/domain';
import { proactiveDisclosureApi as pdApi, ZBoardUpdateInput } from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { AttachmentField } from '../../components/attachment-field/index.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { pdKeys } from './api.ts';
import { chinaToday } from '../../app/china-today.ts';

type Values = { updatedOn: Dayjs; contentSummary: string; files?: FileInfo[] };

/** 登记公开栏更新: the date, what was posted, photos of the board. */
export function BoardUpdateModal({ board, onClose }: { board: { id: string; name: string; orgId: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values) =>
      call(pdApi.recordBoardUpdate, {
        params: { id: board?.id ?? '' },
        body: {
          updatedOn: v.updatedOn.format('YYYY-MM-DD'),
          contentSummary: v.contentSummary.trim(),
          attachmentIds: (v.files ?? []).map((f) => f.id),
        },
      }),
    onSuccess: async () => {
      notifySuccess(t('common.created'));
      await queryClient.invalidateQueries({ queryKey: pdKeys.all });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { paths: { attachmentIds: 'files' } }),
  });
  return (
    <FormModal<Values>
      open={!!board}
      form={form}
      title={`${t('proactiveDisclosure.board.updateTitle')}：${board?.name ?? ''}`}
      isSubmitting={save.isPending}
      initialValues={{ updatedOn: chinaToday(), files: [] }}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
    >
      <Form.Item name="updatedOn" label={t('proactiveDisclosure.board.updatedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(chinaToday(), 'day')} />
      </Form.Item>
      <Form.Item
        name="contentSummary"
        label={t('proactiveDisclosure.board.content')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('proactiveDisclosure.board.content') }) }]}
      >
        <Input.TextArea rows={3} maxLength={maxLengthOf(ZBoardUpdateInput, 'contentSummary')} />
      </Form.Item>
      <Form.Item name="files" label={t('proactiveDisclosure.board.photos')}>
        <AttachmentField orgId={board?.orgId} />
      </Form.Item>
    </FormModal>
  );
}
