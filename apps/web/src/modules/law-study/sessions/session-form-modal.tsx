import { PlusOutlined } from '@ant-design/icons';
import type { FileInfo, StudySessionDetail } from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Space, Switch, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { AttachmentField } from '../../../components/attachment-field/index.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useLaws, useRoll, useSessionKinds, type RollPerson } from '../shared/law-study-api.ts';
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
interface Mark { isPresent: boolean; absenceReason: string }

const FIELDS = ['kind', 'title', 'heldOn', 'hours', 'speaker', 'place', 'materials', 'lawIds'];

/** New or edited study session with its attendance: pick the cadres, mark absences with a reason. */
export function SessionFormModal({ sessionId, townshipId, isOpen, isReadOnly = false, onClose }: { sessionId: string | null; townshipId?: string | undefined; isOpen: boolean; isReadOnly?: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  // A county reviewer reads a session of the township chosen on the page.
  const kinds = useSessionKinds(townshipId);
  const laws = useLaws(townshipId, isOpen);
  const roll = useRoll(townshipId, isOpen);
  const detail = useQuery({ queryKey: ['law-study', 'session', sessionId], queryFn: () => api.get<StudySessionDetail>(`/law-study/sessions/${sessionId}`), enabled: isOpen && !!sessionId });
  const files = useQuery({
    queryKey: ['files', 'lawStudySession', sessionId],
    queryFn: () => api.get<{ items: FileInfo[] }>('/files', { query: { entityType: 'lawStudySession', entityId: sessionId ?? undefined, pageSize: 200 } }),
    enabled: isOpen && !!sessionId,
  });
  const [marks, setMarks] = useState<Map<string, Mark>>(new Map());
  const [newLaw, setNewLaw] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  useEffect(() => {
    if (!isOpen) return;
    if (!sessionId) { setMarks(new Map()); return; }
    if (detail.data) setMarks(new Map(detail.data.attendance.map((a) => [a.personId, { isPresent: a.isPresent, absenceReason: a.absenceReason ?? '' }])));
  }, [isOpen, sessionId, detail.data]);
  useEffect(() => {
    if (isOpen && sessionId && detail.data && files.data) {
      const d = detail.data;
      form.setFieldsValue({ kind: d.kind, title: d.title, heldOn: dayjs(d.heldOn), hours: d.hours, speaker: d.speaker ?? '', place: d.place ?? '',
        materials: d.materials ?? '', lawIds: d.laws.map((l) => l.id), files: files.data.items });
    }
  }, [isOpen, sessionId, detail.data, files.data, form]);

  const addLaw = useMutation({
    mutationFn: (name: string) => api.post<{ id: string }>('/law-study/laws', { name }),
    onSuccess: async (law) => {
      await queryClient.invalidateQueries({ queryKey: ['law-study', 'laws'] });
      form.setFieldValue('lawIds', [...(form.getFieldValue('lawIds') as string[] | undefined ?? []), law.id]);
      setNewLaw('');
    },
  });

  const save = useMutation({
    meta: { silent: true },
    mutationFn: (values: Values) => {
      const body = {
        kind: values.kind, title: values.title.trim(), heldOn: values.heldOn.format('YYYY-MM-DD'), hours: values.hours,
        speaker: values.speaker?.trim() || null, place: values.place?.trim() || null, materials: values.materials?.trim() || null,
        lawIds: values.lawIds ?? [], fileIds: (values.files ?? []).map((f) => f.id),
        attendance: [...marks.entries()].map(([personId, m]) => ({ personId, isPresent: m.isPresent, absenceReason: m.isPresent ? null : m.absenceReason.trim() })),
      };
      return sessionId ? api.patch(`/law-study/sessions/${sessionId}`, { ...body, version: detail.data?.version ?? 1 }) : api.post('/law-study/sessions', body);
    },
    onSuccess: async () => {
      notifySuccess(sessionId ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: FIELDS }),
  });

  const submit = (values: Values) => {
    const missing = [...marks.values()].some((m) => !m.isPresent && !m.absenceReason.trim());
    setReasonError(missing ? t('lawStudy.session.absenceReasonRequired') : null);
    if (!missing) save.mutate(values);
  };

  const people = roll.data ?? [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const setPicked = (ids: string[]) => setMarks((prev) => new Map(ids.map((id) => [id, prev.get(id) ?? { isPresent: true, absenceReason: '' }])));
  const mark = (id: string, change: Partial<Mark>) => setMarks((prev) => new Map(prev).set(id, { ...prev.get(id)!, ...change }));
  const rows = [...marks.entries()].map(([id, m]) => ({ id, person: byId.get(id), ...m }));
  const absent = rows.filter((r) => !r.isPresent).length;

  return (
    <FormModal<Values>
      open={isOpen} form={form} width={880} onCancel={onClose} onSubmit={submit} isSubmitting={save.isPending} isReadOnly={isReadOnly}
      title={isReadOnly ? t('lawStudy.session.view') : sessionId ? t('lawStudy.session.edit') : t('lawStudy.session.create')}
      initialValues={{ heldOn: chinaToday(), hours: 2, lawIds: [], files: [] }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="kind" label={t('lawStudy.session.kind')} rules={[{ required: true, message: t('common.requiredSelect') }]}>
            <Select showSearch optionFilterProp="label" options={(kinds.data ?? []).map((k) => ({ value: k.code, label: k.labelZh }))} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="title" label={t('lawStudy.session.subject')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="heldOn" label={t('lawStudy.session.heldOn')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="hours" label={t('lawStudy.session.hours')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={0.1} max={100} step={0.5} precision={1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="speaker" label={t('lawStudy.session.speaker')} rules={[{ max: 100 }]}><Input /></Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="place" label={t('lawStudy.session.place')} rules={[{ max: 100 }]}><Input /></Form.Item>
        </Col>
      </Row>
      <Form.Item name="lawIds" label={t('lawStudy.session.laws')}>
        <Select mode="multiple" optionFilterProp="label" options={(laws.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          popupRender={(menu) => (
            <>
              {menu}
              <Divider style={{ margin: '8px 0' }} />
              <Space style={{ padding: '0 8px 4px' }}>
                <Input placeholder={t('lawStudy.session.addLawPlaceholder')} value={newLaw} onChange={(e) => setNewLaw(e.target.value)} onKeyDown={(e) => e.stopPropagation()} />
                <Button type="text" icon={<PlusOutlined />} disabled={!newLaw.trim()} loading={addLaw.isPending} onClick={() => addLaw.mutate(newLaw.trim())}>
                  {t('lawStudy.session.addLaw')}
                </Button>
              </Space>
            </>
          )} />
      </Form.Item>
      <Form.Item name="materials" label={t('lawStudy.session.materials')} rules={[{ max: 2000 }]}><Input.TextArea rows={2} /></Form.Item>
      <Form.Item name="files" label={t('lawStudy.session.photos')}>
        <AttachmentField entityType="lawStudySession" {...(sessionId ? { entityId: sessionId } : {})} maxCount={20} />
      </Form.Item>
      <Typography.Text strong>{t('lawStudy.session.attendance')}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{t('lawStudy.session.present', { present: rows.length - absent, absent })}</Typography.Text>
      <Space.Compact style={{ width: '100%', margin: '8px 0', ...(isReadOnly ? { display: 'none' } : {}) }}>
        <Select<string[]> mode="multiple" aria-label={t('lawStudy.session.attendees')} placeholder={t('lawStudy.session.attendeesPlaceholder')} style={{ width: '100%' }}
          value={[...marks.keys()]} onChange={setPicked} optionFilterProp="label" maxTagCount="responsive"
          options={groupByOrg(people)} />
        <Button onClick={() => setPicked(people.map((p) => p.id))}>{t('lawStudy.session.addAll')}</Button>
        <Button onClick={() => setPicked(people.filter((p) => p.isLeader).map((p) => p.id))}>{t('lawStudy.session.addLeaders')}</Button>
      </Space.Compact>
      {reasonError ? <Typography.Text type="danger" role="alert">{reasonError}</Typography.Text> : null}
      <Table size="small" rowKey="id" dataSource={rows} pagination={false} scroll={{ y: 220 }} columns={[
        { title: t('lawStudy.person'), key: 'name', width: 120, render: (_, r) => r.person?.name ?? '' },
        { title: t('lawStudy.org'), key: 'org', width: 170, render: (_, r) => r.person?.orgName ?? '' },
        { title: t('lawStudy.session.isPresent'), key: 'present', width: 90,
          render: (_, r) => <Switch size="small" checked={r.isPresent} aria-label={`${t('lawStudy.session.isPresent')}: ${r.person?.name ?? ''}`} onChange={(v) => mark(r.id, { isPresent: v })} /> },
        { title: t('lawStudy.session.absenceReason'), key: 'reason',
          render: (_, r) => (r.isPresent ? null : (
            <Input size="small" value={r.absenceReason} status={r.absenceReason.trim() ? '' : 'error'} aria-label={`${t('lawStudy.session.absenceReason')}: ${r.person?.name ?? ''}`}
              onChange={(e) => mark(r.id, { absenceReason: e.target.value })} maxLength={200} />
          )) },
      ]} />
    </FormModal>
  );
}

function groupByOrg(people: RollPerson[]) {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const p of people) {
    const g = groups.get(p.orgId) ?? { label: p.orgName, options: [] };
    g.options.push({ value: p.id, label: p.name });
    groups.set(p.orgId, g);
  }
  return [...groups.values()];
}
