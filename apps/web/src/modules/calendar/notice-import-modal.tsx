import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type NoticePreview } from '@yifa/domain';
import { NOTICE_NUMBER_RE, type CalendarYearStatus } from '@yifa/domain/calendar';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaToday } from '../../app/china-today.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { formatDay } from '../../components/format-date.ts';
import { afterCalendarChange, previewNotice, saveCalendarYear } from './api.ts';
import { CALENDAR_LIMITS } from './calendar-limits.ts';
import { ConfirmationPanel } from './confirmation-panel.tsx';
import { DayRunsTable } from './day-runs-table.tsx';
import type { YearEditorTarget } from './year-editor-modal.tsx';

interface Values {
  year: number;
  text: string;
}

function DateTags({ dates, colour }: { dates: string[]; colour: string }) {
  return (
    <Space size={[4, 4]} wrap>
      {dates.map((d) => (
        <Tag key={d} color={colour}>
          {formatDay(d)}
        </Tag>
      ))}
    </Space>
  );
}

/** What saving the preview would change against the stored year (docs/calendar.md "Adding a year", step 2). */
function Diff({ existing }: { existing: NonNullable<NoticePreview['existing']> }) {
  const { t } = useTranslation();
  const isSame = existing.addedDates.length + existing.removedDates.length + existing.changedDates.length === 0;
  if (isSame) return <Alert type="success" showIcon title={t('calendar.diffSame')} />;
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 120 } }}>
      {existing.addedDates.length ? (
        <Descriptions.Item label={t('calendar.diffAdded')}>
          <DateTags dates={existing.addedDates} colour="green" />
        </Descriptions.Item>
      ) : null}
      {existing.removedDates.length ? (
        <Descriptions.Item label={t('calendar.diffRemoved')}>
          <DateTags dates={existing.removedDates} colour="red" />
        </Descriptions.Item>
      ) : null}
      {existing.changedDates.length ? (
        <Descriptions.Item label={t('calendar.diffChanged')}>
          <DateTags dates={existing.changedDates} colour="orange" />
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/**
 * 导入通知: paste the State Council General Office's notice, read it into a preview (days, warnings,
 * what changes against the stored year), then save it as is or correct it in the editor first.
 */
export function NoticeImportModal({
  open,
  defaultYear,
  onClose,
  onCorrect,
}: {
  open: boolean;
  defaultYear: number;
  onClose: () => void;
  onCorrect: (target: YearEditorTarget) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [text, setText] = useState('');
  // The notice's number and date confirm an official year; prefilled from the text, editable when not found.
  const [noticeNumber, setNoticeNumber] = useState('');
  const [noticeDate, setNoticeDate] = useState<Dayjs | null>(null);
  useEffect(() => {
    if (open) form.setFieldsValue({ year: defaultYear });
  }, [open, defaultYear, form]);

  const read = useMutation({
    meta: { silent: true },
    mutationFn: (values: Values) => {
      setText(values.text);
      return previewNotice(values.year, values.text);
    },
    onSuccess: (p) => {
      setPreview(p);
      // Only a document number confirms a year; a title the parser fell back on is not one.
      setNoticeNumber(p.notice !== null && NOTICE_NUMBER_RE.test(p.notice) ? p.notice : '');
      setNoticeDate(p.noticeDate ? dayjs(p.noticeDate) : null);
    },
    onError: (error) => reportFormError(form, error, { fields: ['year', 'text'] }),
  });

  const save = useMutation({
    mutationFn: ({ p, status }: { p: NoticePreview; status: CalendarYearStatus }) =>
      saveCalendarYear(p.year, {
        source: 'notice-import',
        status,
        notice: noticeNumber.trim() || null,
        noticeDate: noticeDate ? noticeDate.format('YYYY-MM-DD') : null,
        noticeText: text,
        holidays: p.holidays,
        makeUpWorkdays: p.makeUpWorkdays,
      }),
    onSuccess: async (result) => {
      notifySuccess(
        t('calendar.savedWithRecompute', { year: result.year.year, checked: result.recompute.checked, changed: result.recompute.changed }),
      );
      await afterCalendarChange(queryClient);
      close();
    },
  });

  const close = () => {
    setPreview(null);
    form.resetFields();
    onClose();
  };

  /** Saving an unconfirmed year is a choice made knowingly: say what stays provisional and why. */
  const confirmProvisional = (p: NoticePreview) =>
    modal.confirm({
      title: t('calendar.provisionalConfirmTitle', { year: p.year }),
      content: (
        <div>
          <Typography.Paragraph>{t('calendar.provisionalConfirmHint', { year: p.year })}</Typography.Paragraph>
          {p.confirmation.problems.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {p.confirmation.problems.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ),
      okText: t('calendar.saveProvisional'),
      cancelText: t('common.cancel'),
      onOk: () => save.mutateAsync({ p, status: 'provisional' }).catch(() => undefined),
    });

  // Official needs a complete schedule read without warnings; the number and date are checked by the server.
  const officialBlocked = preview !== null && (!preview.confirmation.isComplete || preview.warnings.length > 0);

  const footer = preview
    ? [
        <Button key="back" onClick={() => setPreview(null)}>
          {t('calendar.backToText')}
        </Button>,
        <Button
          key="correct"
          onClick={() => {
            // Corrected by hand, the days are no longer what the parser read: they are saved as a manual entry.
            onCorrect({
              year: preview.year,
              source: 'manual',
              fromNotice: true,
              notice: noticeNumber.trim() || null,
              noticeDate: noticeDate ? noticeDate.format('YYYY-MM-DD') : null,
              holidays: preview.holidays,
              makeUpWorkdays: preview.makeUpWorkdays,
            });
            close();
          }}
        >
          {t('calendar.correctThenSave')}
        </Button>,
        <Button key="provisional" disabled={preview.holidays.length === 0 || save.isPending} onClick={() => confirmProvisional(preview)}>
          {t('calendar.saveProvisionalEllipsis')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={save.isPending}
          disabled={preview.holidays.length === 0 || officialBlocked}
          title={officialBlocked ? t('calendar.officialBlocked') : undefined}
          onClick={() => save.mutate({ p: preview, status: 'official' })}
        >
          {t('calendar.saveOfficial', { year: preview.year })}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="read" type="primary" loading={read.isPending} onClick={() => form.submit()}>
          {t('calendar.readNotice')}
        </Button>,
      ];

  return (
    <Modal
      open={open}
      title={t('calendar.importTitle')}
      width={880}
      onCancel={close}
      footer={footer}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <div style={{ maxHeight: '64vh', overflowY: 'auto', paddingInlineEnd: 8 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ year: defaultYear }}
          onFinish={(v) => read.mutate(v)}
          style={{ display: preview ? 'none' : undefined }}
        >
          <Typography.Paragraph type="secondary">{t('calendar.importIntro')}</Typography.Paragraph>
          <Form.Item
            name="year"
            label={t('calendar.year')}
            rules={[{ required: true, message: t('common.required', { field: t('calendar.year') }) }]}
          >
            <InputNumber<number> min={CALENDAR_LIMITS.year.min} max={CALENDAR_LIMITS.year.max} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('calendar.noticeText')}
            rules={[
              { required: true, whitespace: true, message: t('calendar.noticeTextRequired') },
              { min: 20, message: t('calendar.noticeTextRequired') },
            ]}
          >
            <Input.TextArea rows={12} maxLength={CALENDAR_LIMITS.noticeText} placeholder={t('calendar.noticeTextPlaceholder')} />
          </Form.Item>
        </Form>
        {preview ? (
          <div>
            <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('calendar.year')}>{preview.year}</Descriptions.Item>
              <Descriptions.Item label={t('calendar.noticeNumber')}>
                <Input
                  size="small"
                  value={noticeNumber}
                  onChange={(e) => setNoticeNumber(e.target.value)}
                  maxLength={CALENDAR_LIMITS.notice}
                  placeholder={t('calendar.noticeNumberPlaceholder')}
                  aria-label={t('calendar.noticeNumber')}
                  style={{ width: 220 }}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('calendar.noticeDate')}>
                <DatePicker
                  size="small"
                  value={noticeDate}
                  onChange={setNoticeDate}
                  format="YYYY-MM-DD"
                  aria-label={t('calendar.noticeDate')}
                  disabledDate={(d) => d.isAfter(chinaToday(), 'day')}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('calendar.kindHoliday')}>
                {t('calendar.daysCount', { count: preview.holidays.length })}
              </Descriptions.Item>
              <Descriptions.Item label={t('calendar.kindMakeUp')}>
                {t('calendar.daysCount', { count: preview.makeUpWorkdays.length })}
              </Descriptions.Item>
            </Descriptions>
            {preview.warnings.length ? (
              <Alert
                type="warning"
                showIcon
                title={t('calendar.warningsTitle', { count: preview.warnings.length })}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {preview.warnings.map((w, i) => (
                      <li key={i}>{w}</li>
                    ))}
                  </ul>
                }
                style={{ marginBottom: 12 }}
              />
            ) : (
              <Alert type="success" showIcon title={t('calendar.noWarnings')} style={{ marginBottom: 12 }} />
            )}
            {preview.holidays.length === 0 ? (
              <Alert type="error" showIcon title={t('calendar.nothingRead')} style={{ marginBottom: 12 }} />
            ) : null}
            <ConfirmationPanel confirmation={preview.confirmation} />
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              {preview.existing ? t('calendar.diffTitle', { year: preview.year }) : t('calendar.diffNew', { year: preview.year })}
            </Typography.Title>
            {preview.existing ? (
              <div style={{ marginBottom: 12 }}>
                <Diff existing={preview.existing} />
              </div>
            ) : null}
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              {t('calendar.runsTitle')}
            </Typography.Title>
            <DayRunsTable holidays={preview.holidays} makeUpWorkdays={preview.makeUpWorkdays} />
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
