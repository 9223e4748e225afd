import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarYearSource, CalendarYearStatus } from '@yifa/domain/calendar';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaToday } from '../../app/china-today.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { afterCalendarChange, saveCalendarYear } from './api.ts';
import { CALENDAR_LIMITS } from './calendar-limits.ts';
import type { DayEntry } from './calendar-model.ts';
import { addRange, checkDays, editorFieldNames, toRequestDays, type EditorDays } from './year-editor-model.ts';

/** What the editor opens with: a stored year, a checked notice preview, or nothing (a new year). */
export interface YearEditorTarget {
  year: number;
  source: Exclude<CalendarYearSource, 'chinese-days'>;
  /** Opened from a notice preview to correct it (shown as a hint; saved as a manual entry). */
  fromNotice?: boolean;
  notice: string | null;
  noticeDate?: string | null;
  holidays: DayEntry[];
  makeUpWorkdays: DayEntry[];
}

interface Row {
  date: Dayjs | null;
  name: string;
}

interface Values {
  notice: string;
  noticeDate: Dayjs | null;
  /** No default: official or provisional is the administrator's explicit choice. */
  status: CalendarYearStatus | undefined;
  holidays: Row[];
  makeUpWorkdays: Row[];
}

const toRows = (days: DayEntry[]): Row[] => days.map((d) => ({ date: dayjs(d.date), name: d.name }));
const toStrings = (rows: Row[] | undefined) =>
  (rows ?? []).map((r) => ({ date: r.date ? r.date.format('YYYY-MM-DD') : null, name: r.name ?? '' }));

/**
 * Enters or replaces a year's days off and make-up working days by hand (or corrects a notice
 * import before saving). Saving replaces the whole year and recomputes every open deadline.
 */
export function YearEditorModal({ target, onClose }: { target: YearEditorTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [rangeName, setRangeName] = useState('');
  const [rangeKind, setRangeKind] = useState<'holidays' | 'makeUpWorkdays'>('holidays');
  const year = target?.year ?? 0;

  const save = useMutation({
    meta: { silent: true },
    mutationFn: (values: Values) =>
      saveCalendarYear(year, {
        source: target?.source ?? 'manual',
        status: values.status ?? 'provisional',
        notice: values.notice?.trim() ? values.notice.trim() : null,
        noticeDate: values.noticeDate ? values.noticeDate.format('YYYY-MM-DD') : null,
        holidays: toRequestDays(toStrings(values.holidays)),
        makeUpWorkdays: toRequestDays(toStrings(values.makeUpWorkdays)),
      }),
    onSuccess: async (result) => {
      notifySuccess(t('calendar.savedWithRecompute', { year, checked: result.recompute.checked, changed: result.recompute.changed }));
      await afterCalendarChange(queryClient);
      onClose();
    },
    onError: (error) => {
      const values = form.getFieldsValue(true) as Values;
      reportFormError(form, error, {
        fields: editorFieldNames({ holidays: toStrings(values.holidays), makeUpWorkdays: toStrings(values.makeUpWorkdays) }),
      });
    },
  });

  const submit = (values: Values) => {
    const days: EditorDays = { holidays: toStrings(values.holidays), makeUpWorkdays: toStrings(values.makeUpWorkdays) };
    const problems = checkDays(days, year);
    if (problems.length > 0) {
      form.setFields(problems.map((p) => ({ name: p.name, errors: [t(`calendar.problem.${p.problem}`, { year })] })));
      return;
    }
    if (values.status !== 'provisional') {
      save.mutate(values);
      return;
    }
    modal.confirm({
      title: t('calendar.provisionalConfirmTitle', { year }),
      content: t('calendar.provisionalConfirmHint', { year }),
      okText: t('calendar.saveProvisional'),
      cancelText: t('common.cancel'),
      onOk: () => save.mutate(values),
    });
  };

  const addRangeRows = () => {
    if (!range?.[0] || !range[1] || !rangeName.trim()) return;
    const rows = (form.getFieldValue(rangeKind) as Row[] | undefined) ?? [];
    const next = addRange(
      toStrings(rows),
      range[0].format('YYYY-MM-DD'),
      range[1].format('YYYY-MM-DD'),
      rangeName.trim(),
      (date, name) => ({ date, name }),
    );
    form.setFieldValue(
      rangeKind,
      next.map((r) => ({ date: r.date ? dayjs(r.date) : null, name: r.name })),
    );
    setRange(null);
  };

  const outsideYear = (d: Dayjs) => d.year() !== year;

  const dayList = (name: 'holidays' | 'makeUpWorkdays') => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div>
          {fields.map((field) => (
            <Space key={field.key} align="start" size={6} style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'date']} style={{ marginBottom: 6 }}>
                <DatePicker
                  size="small"
                  format="YYYY-MM-DD"
                  style={{ width: 130 }}
                  aria-label={t('calendar.date')}
                  defaultPickerValue={dayjs(`${year}-01-01`)}
                  disabledDate={name === 'makeUpWorkdays' ? (d) => outsideYear(d) || (d.day() !== 0 && d.day() !== 6) : outsideYear}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} style={{ marginBottom: 6 }}>
                <Input
                  size="small"
                  maxLength={CALENDAR_LIMITS.dayName}
                  placeholder={t('calendar.dayName')}
                  aria-label={t('calendar.dayName')}
                  style={{ width: 140 }}
                />
              </Form.Item>
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('calendar.removeDay')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ date: null, name: '' })}>
            {t('calendar.addDay')}
          </Button>
        </div>
      )}
    </Form.List>
  );

  return (
    <FormModal<Values>
      open={!!target}
      title={target ? t('calendar.editorTitle', { year }) : ''}
      form={form}
      width={980}
      isSubmitting={save.isPending}
      initialValues={
        target
          ? {
              notice: target.notice ?? '',
              noticeDate: target.noticeDate ? dayjs(target.noticeDate) : null,
              status: undefined,
              holidays: toRows(target.holidays),
              makeUpWorkdays: toRows(target.makeUpWorkdays),
            }
          : {}
      }
      onCancel={onClose}
      onSubmit={submit}
    >
      <div style={{ maxHeight: '62vh', overflowY: 'auto', overflowX: 'hidden', paddingInlineEnd: 8 }}>
        {target?.fromNotice ? <Alert type="info" showIcon title={t('calendar.editorFromNotice')} style={{ marginBottom: 12 }} /> : null}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="notice" label={t('calendar.noticeNumber')} extra={t('calendar.noticeHint')}>
              <Input maxLength={CALENDAR_LIMITS.notice} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="noticeDate" label={t('calendar.noticeDate')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: 160 }} disabledDate={(d) => d.isAfter(chinaToday(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="status"
          label={t('calendar.saveAs')}
          extra={t('calendar.saveAsHint')}
          rules={[{ required: true, message: t('calendar.saveAsRequired') }]}
        >
          <Radio.Group
            options={[
              { value: 'official', label: t('calendar.statusOfficialLong') },
              { value: 'provisional', label: t('calendar.statusProvisionalLong') },
            ]}
          />
        </Form.Item>
        <fieldset style={{ border: '1px solid #e5e8ed', borderRadius: 4, padding: '8px 12px', marginBottom: 16 }}>
          <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', marginBottom: 0, border: 'none' }}>
            {t('calendar.addRange')}
          </legend>
          <Space wrap>
            <Select<'holidays' | 'makeUpWorkdays'>
              value={rangeKind}
              onChange={setRangeKind}
              aria-label={t('calendar.dayKind')}
              style={{ width: 130 }}
              options={[
                { value: 'holidays', label: t('calendar.kindHoliday') },
                { value: 'makeUpWorkdays', label: t('calendar.kindMakeUp') },
              ]}
            />
            <DatePicker.RangePicker
              value={range}
              onChange={(v) => setRange(v)}
              format="YYYY-MM-DD"
              defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-02-01`)]}
              disabledDate={outsideYear}
              aria-label={t('calendar.dates')}
            />
            <Input
              value={rangeName}
              onChange={(e) => setRangeName(e.target.value)}
              placeholder={t('calendar.rangeNamePlaceholder')}
              aria-label={t('calendar.dayName')}
              maxLength={CALENDAR_LIMITS.dayName}
              style={{ width: 160 }}
            />
            <Button icon={<PlusOutlined />} onClick={addRangeRows} disabled={!range?.[0] || !range[1] || !rangeName.trim()}>
              {t('calendar.addRangeButton')}
            </Button>
          </Space>
        </fieldset>
        <Row gutter={24}>
          <Col span={13}>
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              {t('calendar.holidaysTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('calendar.holidaysHint')}
            </Typography.Paragraph>
            {dayList('holidays')}
          </Col>
          <Col span={11}>
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              {t('calendar.makeUpTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('calendar.makeUpHint')}
            </Typography.Paragraph>
            {dayList('makeUpWorkdays')}
          </Col>
        </Row>
      </div>
    </FormModal>
  );
}
