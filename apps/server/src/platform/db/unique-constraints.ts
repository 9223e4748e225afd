import type { ErrorCode, InvalidParam } from '@yifa/domain';

/**
 * What each unique index (and non-generated primary key) of the schema means to a clerk. WHY: a use
 * case checks for a duplicate before writing, but two requests at once both pass the check and the
 * index refuses the second (PostgreSQL 23505); that refusal must read "身份证号已存在", not a 500.
 * `unique-constraints.test.ts` fails when an index of the database has no entry here.
 */
export interface UniqueMeaning {
  code: ErrorCode;
  /** The request field the duplicate is about (problem details invalidParams name). */
  field: string;
  /** Chinese, naming the field: shown on it and as the message. */
  reasonZh: string;
}

const duplicate = (field: string, reasonZh: string, code: ErrorCode = 'RECORD.DUPLICATE'): UniqueMeaning => ({ code, field, reasonZh });

export const UNIQUE_CONSTRAINTS: Record<string, UniqueMeaning> = {
  // organisation
  orgs_division_code_uq: duplicate('body.divisionCode', '行政区划代码已被其他机构使用', 'ORG.TOWNSHIP_EXISTS'),
  people_id_number_uq: duplicate('body.idNumber', '身份证号已存在（本乡镇已有此人）'),
  roles_code_uq: duplicate('body.code', '角色代码已存在'),
  users_username_uq: duplicate('body.username', '用户名已被使用', 'USER.USERNAME_TAKEN'),
  user_roles_user_id_role_id_pk: duplicate('body.roleIds', '同一角色不能重复分配'),
  // platform
  dictionary_entries_code_uq: duplicate('body.code', '该字典中已有相同代码', 'DICTIONARY.CODE_TAKEN'),
  calendar_years_pkey: duplicate('body.year', '该年度的节假日安排已存在'),
  calendar_days_pkey: duplicate('body.date', '该日期已录入'),
  settings_pkey: duplicate('body', '该设置项已存在'),
  compliance_rule_settings_township_id_rule_code_year_pk: duplicate('body.ruleCode', '该年度的规则设置已存在'),
  sessions_pkey: duplicate('body', '会话已存在，请重新登录'),
  // Written by one refresher at a time (an upsert); a race is a retry, never a clerk's input.
  compliance_snapshots_township_id_year_pk: duplicate('body', '合规评价结果正在由其他请求更新，请稍后刷新'),
  human_check_uses_pkey: duplicate('body.humanAnswer', '该验证题已作答，请换一题重新验证'),
  deadlines_entity_kind_uq: duplicate('body', '该记录的期限已存在'),
  notifications_dedupe_uq: duplicate('body', '该提醒已存在'),
  // law study
  law_study_laws_name_uq: duplicate('body.name', '法律法规名称已存在'),
  law_study_sessions_import_key_uq: duplicate('file', '该学法活动已导入'),
  law_study_attendances_uq: duplicate('body.attendance', '同一干部不能重复登记'),
  law_study_self_studies_import_key_uq: duplicate('file', '该学时记录已导入'),
  law_study_exam_scores_uq: duplicate('body.scores', '同一干部不能重复登记成绩'),
  law_study_imports_file_uq: duplicate('file', '该文件已导入过'),
  // disclosure request, report, proactive disclosure
  disclosure_request_repeat_links_request_id_earlier_id_pk: duplicate('body', '重复申请的关联已记录'),
  disclosure_requests_number_uq: duplicate('body', '申请编号已存在，请重试'),
  disclosure_annual_reports_year_uq: duplicate('body.year', '该年度的年度报告已存在'),
  pd_catalog_items_code_uq: duplicate('body.code', '公开目录编码已存在'),
  pd_bulletin_boards_org_uq: duplicate('body.orgId', '该单位已有公开栏'),
  pd_village_disclosures_period_uq: duplicate('body.periodKey', '该村（社区）本期的公开记录已存在'),
  pd_guide_settings_township_uq: duplicate('body', '本乡镇的公开指南设置已存在'),
};

/** The meaning of a 23505 by its constraint name; a generic one for an index added without an entry. */
export function uniqueViolation(constraint: string | undefined): { code: ErrorCode; userMessage: string; invalidParams: InvalidParam[] } {
  const meaning = constraint ? UNIQUE_CONSTRAINTS[constraint] : undefined;
  if (!meaning) return { code: 'RECORD.DUPLICATE', userMessage: '已存在相同的记录', invalidParams: [] };
  // Only a field of the form can turn red; 'body' and 'file' speak through the message alone.
  const onField = meaning.field.startsWith('body.');
  return {
    code: meaning.code,
    userMessage: meaning.reasonZh,
    invalidParams: onField ? [{ name: meaning.field, code: 'duplicate', reason: meaning.reasonZh }] : [],
  };
}
