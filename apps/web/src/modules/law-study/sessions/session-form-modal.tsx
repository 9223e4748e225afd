import { PlusOutlined } from '@ant-design/icons';
import { type FileInfo } from '@yifa/domain';
import { lawStudyApi, STUDY_HOURS_LIMITS, ZCreateSessionRequest, ZCreateStudyLawRequest } from '@yifa/domain/law-study';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { api } from '../../../api/client.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { AttachmentField } from '../../../components/attachment-field/index.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { numberRule, requiredRule, requiredSelectRule, requiredTextRule } from '../../../components/form-rules.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';
import { useLaws, useRoll, useSession, useSessionKinds } from '../api.ts';
import { AttendancePicker, everyonePresent, type Marks } from './attendance-picker.tsx';
import { chinaToday } from '../../../app/china-today.ts';

interface Values {
  kind: string;
  title: string;
  heldOn: Dayjs;
  hours: number;
  speaker?: string;
  place?: string;
  materials?: string;
  lawIds?: string[];
  files?: FileInfo[];
}

const FIELDS = ['kind', 'title', 'heldOn', 'hours', 'speaker', 'place', 'materials', 'lawIds'];

/** New or edited study session with its attendance: pick the cadres, mark absences with a reason. */
export function SessionFormModal({
  sessionId,
  townshipId,
  isOpen,
  isReadOnly = false,
  onClose,
}: {
  sessionId: string | null;
  townshipId?: string | undefined;
  isOpen: boolean;
  isReadOnly?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  // A county reviewer reads a session of the township chosen on the page.
  const kinds = useSessionKinds(townshipId);
  const laws = useLaws(townshipId, isOpen);
  const roll = useRoll(townshipId, isOpen);
  const detail = useSession(sessionId, isOpen);
  const files = useQuery({
    queryKey: ['files', 'lawStudySession', sessionId],
    queryFn: () =>
      api.get<{ items: FileInfo[] }>('/files', {
        query: { entityType: 'lawStudySession', entityId: sessionId ?? undefined, pageSize: 200 },
      }),
    enabled: isOpen && !!sessionId,
  });
  const [marks, setMarks] = useState<Marks>(new Map());
  const [newLaw, setNewLaw] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  // A new session starts with everyone on the roll present: the clerk marks the few absences
  // (or keeps only the leaders, or marks a whole office absent), instead of picking 30 names.
  const isRollLoaded = !!roll.data;
  useEffect(() => {
    if (!isOpen) return;
    if (!sessionId) {
      setMarks(everyonePresent(roll.data ?? []));
      return;
    }
    if (detail.data)
      setMarks(new Map(detail.data.attendance.map((a) => [a.personId, { isPresent: a.isPresent, absenceReason: a.absenceReason ?? '' }])));
    // The roll is read once it has loaded (isRollLoaded), not on every refetch.
  }, [isOpen, sessionId, detail.data, isRollLoaded]);
  useEffect(() => {
    if (isOpen && sessionId && detail.data && files.data) {
      const d = detail.data;
      form.setFieldsValue({
        kind: d.kind,
        title: d.title,
        heldOn: dayjs(d.heldOn),
        hours: d.hours,
        speaker: d.speaker ?? '',
        place: d.place ?? '',
        materials: d.materials ?? '',
        lawIds: d.laws.map((l) => l.id),
        files: files.data.items,
      });
    }
  }, [isOpen, sessionId, detail.data, files.data, form]);

  const addLaw = useMutation({
    mutationFn: (name: string) => call(lawStudyApi.createLaw, { body: { name } }),
    onSuccess: async (law) => {
      await queryClient.invalidateQueries({ queryKey: ['law-study', 'laws'] });
      form.setFieldValue('lawIds', [...((form.getFieldValue('lawIds') as string[] | undefined) ?? []), law.id]);
      setNewLaw('');
    },
  });

  const save = useMutation({
    meta: { silent: true },
    mutationFn: async (values: Values): Promise<void> => {
      const body = {
        kind: values.kind,
        title: values.title.trim(),
        heldOn: values.heldOn.format('YYYY-MM-DD'),
        hours: values.hours,
        speaker: values.speaker?.trim() || null,
        place: values.place?.trim() || null,
        materials: values.materials?.trim() || null,
        lawIds: values.lawIds ?? [],
        fileIds: (values.files ?? []).map((f) => f.id),
        attendance: [...marks.entries()].map(([personId, m]) => ({
          personId,
          isPresent: m.isPresent,
          absenceReason: m.isPresent ? null : m.absenceReason.trim(),
        })),
      };
      if (sessionId)
        await call(lawStudyApi.updateSession, { params: { id: sessionId }, body: { ...body, version: detail.data?.version ?? 1 } });
      else await call(lawStudyApi.createSession, { body });
    },
    onSuccess: async () => {
      notifySuccess(sessionId ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: FIELDS, paths: { fileIds: 'files' } }),
  });

  const submit = (values: Values) => {
    const missing = [...marks.values()].some((m) => !m.isPresent && !m.absenceReason.trim());
    setReasonError(missing ? t('lawStudy.session.absenceReasonRequired') : null);
    if (!missing) save.mutate(values);
  };

  return (
    <FormModal<Values>
      open={isOpen}
      form={form}
      width={880}
      onCancel={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      isReadOnly={isReadOnly}
      title={isReadOnly ? t('lawStudy.session.view') : sessionId ? t('lawStudy.session.edit') : t('lawStudy.session.create')}
      initialValues={{ heldOn: chinaToday(), hours: 2, lawIds: [], files: [] }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="kind" label={t('lawStudy.session.kind')} rules={[requiredSelectRule(t('lawStudy.session.kind'))]}>
            <Select showSearch optionFilterProp="label" options={(kinds.data ?? []).map((k) => ({ value: k.code, label: k.labelZh }))} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="title"
            label={t('lawStudy.session.subject')}
            rules={[requiredTextRule(t('lawStudy.session.subject')), { max: maxLengthOf(ZCreateSessionRequest, 'title') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="heldOn" label={t('lawStudy.session.heldOn')} rules={[requiredRule(t('lawStudy.session.heldOn'))]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item
            name="hours"
            label={t('lawStudy.session.hours')}
            rules={[requiredRule(t('lawStudy.session.hours')), numberRule(t('lawStudy.session.hours'), STUDY_HOURS_LIMITS)]}
          >
            <InputNumber step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="speaker" label={t('lawStudy.session.speaker')} rules={[{ max: maxLengthOf(ZCreateSessionRequest, 'speaker') }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="place" label={t('lawStudy.session.place')} rules={[{ max: maxLengthOf(ZCreateSessionRequest, 'place') }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="lawIds" label={t('lawStudy.session.laws')}>
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={(laws.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          popupRender={(menu) => (
            <>
              {menu}
              <Divider style={{ margin: '8px 0' }} />
              <Space style={{ padding: '0 8px 4px' }}>
                <Input
                  placeholder={t('lawStudy.session.addLawPlaceholder')}
                  value={newLaw}
                  maxLength={maxLengthOf(ZCreateStudyLawRequest, 'name')}
                  onChange={(e) => setNewLaw(e.target.value)}
                  onKeyDown={(e) => e.stopPropagation()}
                />
                <Button
                  type="text"
                  icon={<PlusOutlined />}
                  disabled={!newLaw.trim()}
                  loading={addLaw.isPending}
                  onClick={() => addLaw.mutate(newLaw.trim())}
                >
                  {t('lawStudy.session.addLaw')}
                </Button>
              </Space>
            </>
          )}
        />
      </Form.Item>
      <Form.Item
        name="materials"
        label={t('lawStudy.session.materials')}
        rules={[{ max: maxLengthOf(ZCreateSessionRequest, 'materials') }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="files" label={t('lawStudy.session.photos')}>
        <AttachmentField entityType="lawStudySession" {...(sessionId ? { entityId: sessionId } : {})} maxCount={20} />
      </Form.Item>
      <Typography.Text strong>{t('lawStudy.session.attendance')}</Typography.Text>
      {reasonError ? (
        <Typography.Text type="danger" role="alert" style={{ marginLeft: 8 }}>
          {reasonError}
        </Typography.Text>
      ) : null}
      <AttendancePicker people={roll.data ?? []} marks={marks} onChange={setMarks} isReadOnly={isReadOnly} />
    </FormModal>
  );
}
