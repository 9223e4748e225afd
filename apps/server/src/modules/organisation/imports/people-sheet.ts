import { isValidIdNumber, isValidPhone } from '@yifa/domain';
import { type ImportRowError } from '@yifa/domain/law-study';
import { parseChinaDate, type ColumnSpec, type SheetRow } from '../../../platform/imports/sheet.ts';

export const PEOPLE_COLUMNS: ColumnSpec[] = [
  { header: '姓名', isRequired: true, note: '干部姓名，不超过 100 个字' },
  { header: '所在单位', isRequired: true, note: '本乡镇（街道）的机构名称，如 司法所、党政综合办公室、某某村；须与组织机构中的名称一致' },
  { header: '职务', isRequired: false, note: '如 所长、副镇长；不超过 100 个字' },
  { header: '是否领导干部', isRequired: false, note: '是 或 否；新增时留空按 否' },
  { header: '是否公务员', isRequired: false, note: '是 或 否；新增时留空按 否' },
  {
    header: '身份证号码',
    isRequired: false,
    note: '18 位，按 GB 11643 校验；请以文本格式填写（数字格式会丢失末位）。有号码时按号码识别同一人',
    isText: true,
  },
  { header: '联系电话', isRequired: false, note: '手机号或带区号的座机号', isText: true },
  { header: '到岗日期', isRequired: false, note: '如 2024-03-01，不能晚于今天' },
  { header: '离岗日期', isRequired: false, note: '仍在岗的留空；不能早于到岗日期，不能晚于今天' },
];

export const PEOPLE_NOTES = [
  '已登记的干部再次导入时：有身份证号码的按号码识别，否则按“姓名 + 所在单位”识别；表中内容与已登记的不同则更新，相同则不变。',
  '选填列留空表示不修改已登记的内容（不会清空）。',
];

/** One checked row: what the sheet says; `undefined` = the cell was empty (keep what is recorded). */
export interface PersonSheetRow {
  row: number;
  name: string;
  orgName: string;
  post: string | undefined;
  isLeader: boolean | undefined;
  isCivilServant: boolean | undefined;
  idNumber: string | undefined;
  phone: string | undefined;
  joinedOn: string | undefined;
  leftOn: string | undefined;
}

function yesNo(text: string, column: string, err: (c: string, r: string) => void): boolean | undefined {
  if (!text) return undefined;
  if (text === '是') return true;
  if (text === '否') return false;
  err(column, `“${text}”无法识别，请填写 是 或 否`);
  return undefined;
}

/** Checks each row on its own (formats, GB 11643, dates against today); the roll is matched by the use case. */
export function checkPeopleRows(rows: SheetRow[], today: string): { rows: PersonSheetRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const checked: PersonSheetRow[] = [];
  for (const r of rows) {
    const before = errors.length;
    const err = (column: string, reason: string) => errors.push({ row: r.row, column, reason });
    const name = r.cells['姓名']!;
    if (!name) err('姓名', '请填写姓名');
    else if (name.length > 100) err('姓名', '姓名不能超过 100 个字');
    const orgName = r.cells['所在单位']!;
    if (!orgName) err('所在单位', '请填写所在单位');
    const post = r.cells['职务'] || undefined;
    if (post && post.length > 100) err('职务', '职务不能超过 100 个字');
    const isLeader = yesNo(r.cells['是否领导干部']!, '是否领导干部', err);
    const isCivilServant = yesNo(r.cells['是否公务员']!, '是否公务员', err);
    let idNumber: string | undefined;
    const idText = r.cells['身份证号码']!.replace(/\s+/g, '').toUpperCase();
    if (typeof r.raw['身份证号码'] === 'number')
      err('身份证号码', '身份证号码被存成了数字（末几位已丢失），请把该列设为文本格式后重新填写');
    else if (idText) {
      if (isValidIdNumber(idText)) idNumber = idText;
      else err('身份证号码', `“${idText}”不是有效的身份证号码（应为 18 位，GB 11643 校验位须相符）`);
    }
    const phone = r.cells['联系电话']!.replace(/\s+/g, '') || undefined;
    if (phone && !isValidPhone(phone)) err('联系电话', `“${phone}”不是有效的电话号码（手机号 11 位，座机须带区号）`);
    const date = (column: string) => {
      const text = r.cells[column]!;
      if (!text) return undefined;
      const iso = parseChinaDate(r.raw[column], text);
      if (!iso) {
        err(column, `“${text}”不是有效日期，应为 2024-03-01 这样的格式`);
        return undefined;
      }
      if (iso > today) {
        err(column, `${column}（${iso}）不能晚于今天（${today}）`);
        return undefined;
      }
      return iso;
    };
    const joinedOn = date('到岗日期');
    const leftOn = date('离岗日期');
    if (joinedOn && leftOn && leftOn < joinedOn) err('离岗日期', `离岗日期（${leftOn}）不能早于到岗日期（${joinedOn}）`);
    if (errors.length === before)
      checked.push({ row: r.row, name, orgName, post, isLeader, isCivilServant, idNumber, phone, joinedOn, leftOn });
  }
  return { rows: checked, errors };
}
