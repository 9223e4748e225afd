import { Button, Input, Select, Space, Switch, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZAttendanceInput, type RollPerson } from '@yifa/domain/law-study';
import { maxLengthOf } from '../../../components/contract-limits.ts';

export interface Mark {
  isPresent: boolean;
  absenceReason: string;
}
export type Marks = Map<string, Mark>;

/** Everyone on the roll, present: the common case of a session, before the few absences are marked. */
export const everyonePresent = (people: RollPerson[]): Marks => new Map(people.map((p) => [p.id, { isPresent: true, absenceReason: '' }]));

/**
 * The attendance of a session, made for the common case (everyone present but a few): the expected
 * cadres grouped by office with 全部出席 / 全部缺席 per office, and a search where typing a name and
 * pressing Enter marks that cadre absent and puts the cursor in the reason (Enter again: present).
 */
export function AttendancePicker({
  people,
  marks,
  onChange,
  isReadOnly,
}: {
  people: RollPerson[];
  marks: Marks;
  onChange: (next: Marks) => void;
  isReadOnly: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const reasons = useRef(new Map<string, InputRef>());
  useEffect(() => {
    if (!focusId) return;
    reasons.current.get(focusId)?.focus();
    setFocusId(null);
  }, [focusId, marks]);

  const byId = new Map(people.map((p) => [p.id, p]));
  const set = (ids: string[], change: Partial<Mark>) => {
    const next = new Map(marks);
    for (const id of ids) next.set(id, { ...(next.get(id) ?? { isPresent: true, absenceReason: '' }), ...change });
    onChange(next);
  };
  const setPicked = (ids: string[]) => onChange(new Map(ids.map((id) => [id, marks.get(id) ?? { isPresent: true, absenceReason: '' }])));
  const q = query.trim();
  const expected = people.filter((p) => marks.has(p.id));
  // People picked but no longer on the roll (left since) still show, under their own name.
  const orphans = [...marks.keys()].filter((id) => !byId.has(id));
  const visible = expected.filter((p) => !q || p.name.includes(q) || p.orgName.includes(q));
  const groups = new Map<string, { orgName: string; people: RollPerson[] }>();
  for (const p of visible) {
    const g = groups.get(p.orgId) ?? { orgName: p.orgName, people: [] };
    g.people.push(p);
    groups.set(p.orgId, g);
  }
  const absent = [...marks.values()].filter((m) => !m.isPresent).length;

  const toggleFirstMatch = () => {
    const hit = visible.find((p) => p.name === q) ?? (visible.length === 1 ? visible[0] : undefined);
    if (!hit) return;
    const isPresent = !marks.get(hit.id)!.isPresent;
    set([hit.id], { isPresent });
    setQuery('');
    if (!isPresent) setFocusId(hit.id);
  };

  return (
    <div>
      <Space wrap style={{ width: '100%', margin: '8px 0' }}>
        <Typography.Text type="secondary">
          {t('lawStudy.session.expected', { total: marks.size, present: marks.size - absent, absent })}
        </Typography.Text>
        {isReadOnly ? null : (
          <>
            <Input.Search
              allowClear
              style={{ width: 320 }}
              value={query}
              aria-label={t('lawStudy.session.findAttendee')}
              placeholder={t('lawStudy.session.findAttendeeHint')}
              onChange={(e) => setQuery(e.target.value)}
              onSearch={toggleFirstMatch}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.preventDefault();
              }}
            />
            <Button onClick={() => setPicked(people.map((p) => p.id))}>{t('lawStudy.session.addAll')}</Button>
            <Button onClick={() => setPicked(people.filter((p) => p.isLeader).map((p) => p.id))}>{t('lawStudy.session.addLeaders')}</Button>
          </>
        )}
      </Space>
      {isReadOnly ? null : (
        <Select<string[]>
          mode="multiple"
          aria-label={t('lawStudy.session.attendees')}
          placeholder={t('lawStudy.session.attendeesPlaceholder')}
          style={{ width: '100%', marginBottom: 8 }}
          value={[...marks.keys()]}
          onChange={setPicked}
          optionFilterProp="label"
          maxTagCount={0}
          maxTagPlaceholder={() => t('lawStudy.session.pickedCount', { count: marks.size })}
          options={groupByOrg(people)}
        />
      )}
      {q && visible.length === 0 ? <Typography.Text type="secondary">{t('lawStudy.session.noMatch', { q })}</Typography.Text> : null}
      <div
        className="attendance-list"
        style={{
          maxHeight: 'min(460px, calc(100vh - 300px))',
          overflowY: 'auto',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          padding: '4px 8px',
        }}
      >
        {[...groups.entries()].map(([orgId, g]) => {
          const present = g.people.filter((p) => marks.get(p.id)!.isPresent).length;
          const ids = g.people.map((p) => p.id);
          return (
            <section key={orgId} aria-label={g.orgName} style={{ padding: '6px 0', borderBottom: '1px solid #f5f5f5' }}>
              <Space wrap style={{ marginBottom: 4 }}>
                <Typography.Text strong>{g.orgName}</Typography.Text>
                <Typography.Text type="secondary">{t('lawStudy.session.groupCount', { present, total: g.people.length })}</Typography.Text>
                {isReadOnly ? null : (
                  <>
                    <Button
                      size="small"
                      type="link"
                      aria-label={`${t('lawStudy.session.groupAllPresent')}: ${g.orgName}`}
                      onClick={() => set(ids, { isPresent: true })}
                    >
                      {t('lawStudy.session.groupAllPresent')}
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      aria-label={`${t('lawStudy.session.groupAllAbsent')}: ${g.orgName}`}
                      onClick={() => set(ids, { isPresent: false })}
                    >
                      {t('lawStudy.session.groupAllAbsent')}
                    </Button>
                  </>
                )}
              </Space>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', gap: '4px 12px' }}>
                {g.people.map((p) => {
                  const m = marks.get(p.id)!;
                  return (
                    <div key={p.id} style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 28 }}>
                      <Switch
                        size="small"
                        checked={m.isPresent}
                        disabled={isReadOnly}
                        aria-label={`${t('lawStudy.session.isPresent')}: ${p.name}`}
                        onChange={(v) => {
                          set([p.id], { isPresent: v });
                          if (!v) setFocusId(p.id);
                        }}
                      />
                      <span style={{ minWidth: 48, color: m.isPresent ? undefined : '#cf1322' }}>{p.name}</span>
                      {m.isPresent ? null : (
                        <Input
                          size="small"
                          style={{ flex: 1 }}
                          value={m.absenceReason}
                          status={m.absenceReason.trim() ? '' : 'error'}
                          maxLength={maxLengthOf(ZAttendanceInput, 'absenceReason')}
                          disabled={isReadOnly}
                          ref={(el) => {
                            if (el) reasons.current.set(p.id, el);
                            else reasons.current.delete(p.id);
                          }}
                          placeholder={t('lawStudy.session.absenceReason')}
                          aria-label={`${t('lawStudy.session.absenceReason')}: ${p.name}`}
                          onChange={(e) => set([p.id], { absenceReason: e.target.value })}
                          onPressEnter={(e) => e.preventDefault()}
                        />
                      )}
                    </div>
                  );
                })}
              </div>
            </section>
          );
        })}
        {orphans.length ? (
          <Typography.Text type="secondary">{t('lawStudy.session.notOnRoll', { count: orphans.length })}</Typography.Text>
        ) : null}
      </div>
    </div>
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
