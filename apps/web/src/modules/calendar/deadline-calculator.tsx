import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ComputeDeadlineResult } from '@yifa/domain';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Radio, Row, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportFormError } from '../../app/report-form-error.ts';
import { DeadlineExplanationView } from '../../components/deadline-explanation.tsx';
import { numberRule } from '../../components/form-rules.ts';
import { keepEnterInPickers } from '../../components/keep-enter-in-pickers.ts';
import { formatDay } from '../../components/format-date.ts';
import { computeDeadline, type ComputeParams } from './api.ts';
import { CALENDAR_LIMITS } from './calendar-limits.ts';
import { chinaToday } from '../../app/china-today.ts';

interface Values {
  startDate: Dayjs;
  startLabelZh?: string;
  basis: 'workingDays' | 'calendarDays';
  days: number;
  extensions?: { days: number; reasonZh: string }[];
  pauses?: { from: Dayjs; to?: Dayjs | null; reasonZh: string }[];
}

function toParams(v: Values): ComputeParams {
  return {
    basis: v.basis,
    days: v.days,
    startDate: v.startDate.format('YYYY-MM-DD'),
    ...(v.startLabelZh?.trim() ? { startLabelZh: v.startLabelZh.trim() } : {}),
    extensions: (v.extensions ?? []).map((e) => ({ days: e.days, reasonZh: e.reasonZh.trim() })),
    pauses: (v.pauses ?? []).map((p) => ({
      from: p.from.format('YYYY-MM-DD'),
      to: p.to ? p.to.format('YYYY-MM-DD') : null,
      reasonZh: p.reasonZh.trim(),
    })),
  };
}

function fieldNames(v: Values): string[] {
  return [
    'startDate',
    'startLabelZh',
    'basis',
    'days',
    ...(v.extensions ?? []).flatMap((_, i) => [`extensions.${i}.days`, `extensions.${i}.reasonZh`]),
    ...(v.pauses ?? []).flatMap((_, i) => [`pauses.${i}.from`, `pauses.${i}.to`, `pauses.${i}.reasonZh`]),
    'extensions',
    'pauses',
  ];
}

/**
 * 期限计算器: the same computeDeadline the modules store, on the stored calendar. A clerk checks a
 * date before writing it in a notice, with the explanation to read out (民事诉讼法 Art. 85 counting,
 * the year's State Council holiday notice).
 */
export function DeadlineCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<ComputeDeadlineResult | null>(null);
  const compute = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values) => computeDeadline(toParams(v)),
    onSuccess: setResult,
    onError: (error, v) => reportFormError(form, error, { fields: fieldNames(v) }),
  });
  const reasonRules = [{ required: true, whitespace: true, message: t('calculator.reasonRequired') }];

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="440px" style={{ minWidth: 0 }}>
        <Card size="small" title={t('calculator.title')}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ startDate: chinaToday(), basis: 'workingDays', days: 20 }}
            onFinish={(v) => compute.mutate(v)}
            onKeyDown={keepEnterInPickers}
          >
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item
                  name="startDate"
                  label={t('calculator.startDate')}
                  extra={t('calculator.startDateHint')}
                  rules={[{ required: true, message: t('common.requiredSelect', { field: t('calculator.startDate') }) }]}
                >
                  <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="startLabelZh" label={t('calculator.startLabel')}>
                  <Input maxLength={CALENDAR_LIMITS.startLabel} placeholder={t('calculator.startLabelPlaceholder')} />
                </Form.Item>
              </Col>
              <Col span={9}>
                <Form.Item
                  name="days"
                  label={t('calculator.days')}
                  rules={[
                    { required: true, message: t('common.required', { field: t('calculator.days') }) },
                    numberRule(t('calculator.days'), CALENDAR_LIMITS.days),
                  ]}
                >
                  <InputNumber<number> style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={15}>
                <Form.Item name="basis" label={t('calculator.basis')}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'workingDays', label: t('calculator.workingDays') },
                      { value: 'calendarDays', label: t('calculator.calendarDays') },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text strong>{t('calculator.extensions')}</Typography.Text>
            <Form.List name="extensions">
              {(fields, { add, remove }) => (
                <div style={{ margin: '4px 0 12px' }}>
                  {fields.map((field) => (
                    <div key={field.key} style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
                      <Form.Item
                        name={[field.name, 'days']}
                        rules={[
                          { required: true, message: t('calculator.daysRequired') },
                          numberRule(t('calculator.extensionDays'), CALENDAR_LIMITS.extensionDays),
                        ]}
                        style={{ marginBottom: 8, flex: 'none' }}
                      >
                        <InputNumber<number>
                          placeholder={t('calculator.days')}
                          aria-label={t('calculator.extensionDays')}
                          style={{ width: 90 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'reasonZh']} rules={reasonRules} style={{ marginBottom: 8, flex: 1, minWidth: 0 }}>
                        <Input
                          maxLength={CALENDAR_LIMITS.extensionReason}
                          placeholder={t('calculator.extensionReason')}
                          aria-label={t('calculator.extensionReason')}
                        />
                      </Form.Item>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('calculator.removeExtension')}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  ))}
                  <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ reasonZh: '' })}>
                    {t('calculator.addExtension')}
                  </Button>
                </div>
              )}
            </Form.List>
            <Typography.Text strong>{t('calculator.pauses')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
              {t('calculator.pausesHint')}
            </Typography.Paragraph>
            <Form.List name="pauses">
              {(fields, { add, remove }) => (
                <div style={{ margin: '4px 0 12px' }}>
                  {fields.map((field) => (
                    <div key={field.key} style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
                      <Form.Item
                        name={[field.name, 'from']}
                        rules={[{ required: true, message: t('calculator.fromRequired') }]}
                        style={{ marginBottom: 8, flex: 'none' }}
                      >
                        <DatePicker
                          format="YYYY-MM-DD"
                          placeholder={t('calculator.pauseFrom')}
                          aria-label={t('calculator.pauseFrom')}
                          style={{ width: 122 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'to']} style={{ marginBottom: 8, flex: 'none' }}>
                        <DatePicker
                          format="YYYY-MM-DD"
                          placeholder={t('calculator.pauseTo')}
                          aria-label={t('calculator.pauseTo')}
                          style={{ width: 122 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'reasonZh']} rules={reasonRules} style={{ marginBottom: 8, flex: 1, minWidth: 0 }}>
                        <Input
                          maxLength={CALENDAR_LIMITS.pauseReason}
                          placeholder={t('calculator.pauseReason')}
                          aria-label={t('calculator.pauseReason')}
                        />
                      </Form.Item>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('calculator.removePause')}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  ))}
                  <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ reasonZh: '' })}>
                    {t('calculator.addPause')}
                  </Button>
                </div>
              )}
            </Form.List>
            <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={compute.isPending}>
              {t('calculator.compute')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Card size="small" title={t('calculator.result')} aria-live="polite">
          {result ? (
            <div>
              <Statistic
                title={t('calculator.dueDate')}
                value={result.dueDate ? formatDay(result.dueDate) : t('explanation.noDueDate')}
                styles={{ content: { fontSize: 24, color: result.isProvisional ? '#b26a00' : undefined } }}
                style={{ marginBottom: 12 }}
              />
              <DeadlineExplanationView
                explanation={result.explanation}
                isProvisional={result.isProvisional}
                missingYears={result.missingYears}
              />
            </div>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calculator.empty')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
