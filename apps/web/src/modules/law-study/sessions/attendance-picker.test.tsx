import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../../test/render-page.tsx';
import type { RollPerson } from '@yifa/domain/law-study';
import { AttendancePicker, everyonePresent, type Marks } from './attendance-picker.tsx';
import { SessionFormModal } from './session-form-modal.tsx';

const OFFICES = ['党政综合办公室', '司法所', '综治中心', '应急办', '财政所'];
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏';
/** A township of 30 cadres in 5 offices: the case of the issue. */
const ROLL: RollPerson[] = Array.from({ length: 30 }, (_, i) => ({
  id: `p${i}`,
  name: `${SURNAMES[i]}${i < 10 ? '明' : '华'}`,
  orgId: `o${i % 5}`,
  orgName: OFFICES[i % 5]!,
  isLeader: i < 4,
  isCivilServant: true,
}));

let last: Marks = new Map();
/** A key press as the browser sends it: the input takes one Enter per keydown/keyup pair. */
const enter = (el: HTMLElement) => {
  fireEvent.keyDown(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.keyUp(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
};
function Harness({ initial }: { initial: Marks }) {
  const [marks, setMarks] = useState(initial);
  last = marks;
  return <AttendancePicker people={ROLL} marks={marks} onChange={setMarks} isReadOnly={false} />;
}

describe('AttendancePicker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('groups the expected cadres by office; 全部缺席 marks one office absent', () => {
    renderPage(<Harness initial={everyonePresent(ROLL)} />);
    expect(screen.getByText('应到 30 人，出席 30 人，缺席 0 人')).toBeTruthy();
    expect(screen.getAllByRole('region')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: '全部缺席: 司法所' }));
    expect(screen.getByText('应到 30 人，出席 24 人，缺席 6 人')).toBeTruthy();
    expect(
      [...last.entries()]
        .filter(([, m]) => !m.isPresent)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['p1', 'p11', 'p16', 'p21', 'p26', 'p6']);
    fireEvent.click(screen.getByRole('button', { name: '全部出席: 司法所' }));
    expect(screen.getByText('应到 30 人，出席 30 人，缺席 0 人')).toBeTruthy();
  });

  it('marks a cadre absent by keyboard: the name, Enter, the reason — and Enter again restores presence', async () => {
    renderPage(<Harness initial={everyonePresent(ROLL)} />);
    const search = screen.getByRole('searchbox', { name: '查找参学人员' });
    fireEvent.change(search, { target: { value: '吴明' } });
    expect(screen.getAllByRole('region')).toHaveLength(1);
    enter(search);
    const reason = await screen.findByRole('textbox', { name: '缺席原因: 吴明' });
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.change(reason, { target: { value: '外出参加培训' } });
    expect(last.get('p5')).toEqual({ isPresent: false, absenceReason: '外出参加培训' });
    expect(screen.getByText('应到 30 人，出席 29 人，缺席 1 人')).toBeTruthy();
    expect(screen.getAllByRole('region')).toHaveLength(5); // the search is cleared for the next name
    fireEvent.change(search, { target: { value: '吴明' } });
    enter(search);
    await waitFor(() => expect(last.get('p5')!.isPresent).toBe(true));
  });

  it('keeps only the leaders in one click, and says when a name is not expected', () => {
    renderPage(<Harness initial={everyonePresent(ROLL)} />);
    fireEvent.click(screen.getByRole('button', { name: '领导干部' }));
    expect([...last.keys()]).toEqual(['p0', 'p1', 'p2', 'p3']);
    fireEvent.change(screen.getByRole('searchbox', { name: '查找参学人员' }), { target: { value: '华' } });
    expect(screen.getByText('应到人员中没有“华”')).toBeTruthy();
  });
});

describe('SessionFormModal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts a new session with everyone on the roll present', async () => {
    stubApi({
      'GET /api/law-study/roll': () => ROLL,
      'GET /api/law-study/laws': () => [],
      'GET /api/dictionaries': () => [],
    });
    renderPage(<SessionFormModal sessionId={null} isOpen onClose={() => undefined} />, {
      permissions: ['law-study:session:read', 'law-study:session:write'],
    });
    expect(await screen.findByText('应到 30 人，出席 30 人，缺席 0 人')).toBeTruthy();
    expect(screen.getByRole('switch', { name: '出席: 赵明' }).getAttribute('aria-checked')).toBe('true');
  });
});
