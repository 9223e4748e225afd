/**
 * Labels of the audit log: every action the server writes (writeAudit) and every entity type, in
 * Chinese and English, so the audit page never shows a code such as `org.person.create` to a clerk.
 * apps/server/src/platform/audit/audit-action-labels.test.ts checks that every action written
 * anywhere in the server has a label here. Add the label in the same commit as the action.
 */
import { MODULE_AUDIT_ACTIONS, MODULE_AUDIT_ENTITIES } from './catalogues.generated.ts';

export interface AuditLabel {
  zh: string;
  en: string;
}

const l = (zh: string, en: string): AuditLabel => ({ zh, en });

export const AUDIT_ACTION_LABELS: Record<string, AuditLabel> = {
  // Sign-in and account (platform/auth)
  'auth.login': l('登录', 'Sign-in'),
  'auth.lock': l('登录失败次数过多，账号锁定', 'Account locked after failed sign-ins'),
  'auth.logout': l('退出登录', 'Sign-out'),
  'auth.password.change': l('修改密码', 'Password change'),
  'auth.totp.setup': l('设置双因素认证', 'Two-factor setup'),
  'auth.totp.enable': l('启用双因素认证', 'Two-factor enabled'),
  'auth.totp.disable': l('停用双因素认证', 'Two-factor disabled'),
  'auth.totp.verify': l('双因素认证验证', 'Two-factor check'),
  // Organisation and people
  'org.county.create': l('新增区县', 'County created'),
  'org.township.create': l('新增乡镇（街道）', 'Township created'),
  'org.org.create': l('新增组织机构', 'Org created'),
  'org.org.update': l('修改组织机构', 'Org updated'),
  'org.org.move': l('移动组织机构', 'Org moved'),
  'org.org.delete': l('删除组织机构', 'Org deleted'),
  'org.person.create': l('新增干部', 'Cadre added'),
  'org.person.update': l('修改干部信息', 'Cadre updated'),
  'org.person.delete': l('删除干部', 'Cadre deleted'),
  'org.person.view-personal': l('查看干部个人信息（未脱敏）', 'Cadre personal data viewed'),
  'org.person.import': l('从 Excel 导入干部', 'Cadres imported from Excel'),
  'org.user.create': l('新增用户', 'User created'),
  'org.user.update': l('修改用户', 'User updated'),
  'org.user.delete': l('删除用户', 'User deleted'),
  'org.user.reset-password': l('重置用户密码', 'User password reset'),
  'org.role.create': l('新增角色', 'Role created'),
  'org.role.update': l('修改角色', 'Role updated'),
  'org.role.delete': l('删除角色', 'Role deleted'),
  // Platform
  'platform.audit.export': l('导出审计日志', 'Audit log exported'),
  'platform.audit.reseal': l('重新封存审计日志哈希链', 'Audit hash chain re-sealed'),
  'platform.backup.create': l('创建备份', 'Backup created'),
  'platform.backup.restore': l('恢复备份', 'Backup restored'),
  'platform.dictionary.create': l('新增字典条目', 'Dictionary entry added'),
  'platform.dictionary.update': l('修改字典条目', 'Dictionary entry updated'),
  'platform.dictionary.delete': l('删除字典条目', 'Dictionary entry deleted'),
  'platform.file.upload': l('上传附件', 'File uploaded'),
  'platform.file.delete': l('删除附件', 'File deleted'),
  'platform.notification.read': l('阅读通知', 'Notification read'),
  'platform.notification.read-all': l('全部通知标为已读', 'All notifications read'),
  'platform.settings.update': l('修改系统设置', 'Settings updated'),
  'calendar.year.create': l('新增日历年度', 'Calendar year added'),
  'calendar.year.replace': l('更新日历年度', 'Calendar year replaced'),
  'calendar.year.delete': l('删除日历年度', 'Calendar year deleted'),
  'calendar.year.seed': l('预置日历年度', 'Calendar year seeded'),
  'calendar.year.confirm-seeded': l('确认预置日历年度为正式', 'Seeded calendar year confirmed official'),
  'compliance.settings.save': l('修改合规规则设置', 'Compliance rule settings saved'),
  'deadline.create': l('登记期限', 'Deadline created'),
  'deadline.update': l('更新期限', 'Deadline updated'),
  'deadline.recompute': l('按日历重算期限', 'Deadline recomputed'),
  'deadline.met': l('期限已办结', 'Deadline met'),
  'deadline.cancel': l('期限取消', 'Deadline cancelled'),
  'deadline.scan': l('每日期限检查', 'Nightly deadline scan'),
  'demo.seed': l('建立演示数据', 'Demo data seeded'),
  // Law study
  'law-study.session.create': l('登记学法活动', 'Study session recorded'),
  'law-study.session.update': l('修改学法活动', 'Study session updated'),
  'law-study.session.delete': l('删除学法活动', 'Study session deleted'),
  'law-study.session.import-update': l('按导入表更正学法活动', 'Study session corrected by import'),
  'law-study.law.create': l('新增学习法律法规', 'Law added to the study list'),
  'law-study.self-study.create': l('申报自学学时', 'Self-study claimed'),
  'law-study.self-study.approve': l('自学学时审核通过', 'Self-study approved'),
  'law-study.self-study.reject': l('自学学时退回', 'Self-study rejected'),
  'law-study.self-study.import-update': l('按导入表更正学时记录', 'Study hours corrected by import'),
  'law-study.exam.create': l('新增学法考试', 'Exam created'),
  'law-study.exam.scores': l('录入考试成绩', 'Exam scores entered'),
  'law-study.exam.scores-import-update': l('按导入表更正考试成绩', 'Exam scores corrected by import'),
  'law-study.appointment.create': l('登记领导干部任职', 'Appointment recorded'),
  'law-study.import.attendance': l('导入学法签到表', 'Attendance imported'),
  'law-study.import.scores': l('导入考试成绩', 'Scores imported'),
  'law-study.import.platformHours': l('导入学法平台学时', 'Platform hours imported'),
  'law-study.demo.seed': l('建立学法演示数据', 'Law-study demo data seeded'),
  // Publicity
  'publicity.activity.create': l('登记普法活动', 'Publicity activity recorded'),
  'publicity.activity.update': l('修改普法活动', 'Publicity activity updated'),
  'publicity.activity.delete': l('删除普法活动', 'Publicity activity deleted'),
  'publicity.campaign.create': l('新增主题活动', 'Campaign created'),
  'publicity.campaign.update': l('修改主题活动', 'Campaign updated'),
  'publicity.campaign.delete': l('删除主题活动', 'Campaign deleted'),
  'publicity.campaign.roll': l('主题活动结转下年', 'Campaigns rolled to the next year'),
  'publicity.duty.create': l('新增普法责任清单事项', 'Publicity duty added'),
  'publicity.duty.update': l('修改普法责任清单事项', 'Publicity duty updated'),
  'publicity.duty.delete': l('删除普法责任清单事项', 'Publicity duty deleted'),
  // Open government
  'proactive-disclosure.publication.create': l('登记主动公开信息', 'Publication recorded'),
  'proactive-disclosure.publication.update': l('修改主动公开信息', 'Publication updated'),
  'proactive-disclosure.publication.publish': l('主动公开信息已公开', 'Publication published'),
  'proactive-disclosure.publication.delete': l('删除主动公开信息', 'Publication deleted'),
  'proactive-disclosure.catalog.create': l('新增公开目录事项', 'Catalogue item added'),
  'proactive-disclosure.catalog.update': l('修改公开目录事项', 'Catalogue item updated'),
  'proactive-disclosure.catalog.delete': l('删除公开目录事项', 'Catalogue item deleted'),
  'proactive-disclosure.catalog.seed': l('预置公开目录', 'Catalogue seeded'),
  'proactive-disclosure.board.create': l('新增公开栏', 'Notice board added'),
  'proactive-disclosure.board.update': l('修改公开栏', 'Notice board updated'),
  'proactive-disclosure.board-update.create': l('登记公开栏更新', 'Notice board update recorded'),
  'proactive-disclosure.board-update.delete': l('删除公开栏更新记录', 'Notice board update deleted'),
  'proactive-disclosure.villageAffairs.create': l('登记村务公开', 'Village affairs disclosure recorded'),
  'proactive-disclosure.villageAffairs.delete': l('删除村务公开记录', 'Village affairs disclosure deleted'),
  'proactive-disclosure.partyAffairs.create': l('登记党务公开', 'Party affairs disclosure recorded'),
  'proactive-disclosure.partyAffairs.delete': l('删除党务公开记录', 'Party affairs disclosure deleted'),
  'proactive-disclosure.guide.save': l('修改政府信息公开指南设置', 'Disclosure guide saved'),
  'disclosure-request.register': l('登记政府信息公开申请', 'Disclosure request registered'),
  'disclosure-request.delete': l('删除政府信息公开申请', 'Disclosure request deleted'),
  'disclosure-request.view-personal': l('查看申请人个人信息（未脱敏）', 'Applicant personal data viewed'),
  'disclosure-request.confirm-receipt': l('确认收到申请', 'Receipt confirmed'),
  'disclosure-request.request-clarification': l('发出补正通知', 'Clarification requested'),
  'disclosure-request.record-correction': l('登记申请人补正', 'Correction recorded'),
  'disclosure-request.close-no-correction': l('逾期未补正，视为放弃申请', 'Closed without correction'),
  'disclosure-request.start-consultation': l('征求第三方意见', 'Third-party consultation started'),
  'disclosure-request.answer-consultation': l('登记第三方意见', 'Third-party answer recorded'),
  'disclosure-request.request-extension': l('申请延期答复', 'Extension requested'),
  'disclosure-request.approve-extension': l('批准延期答复', 'Extension approved'),
  'disclosure-request.save-reply-draft': l('保存答复草稿', 'Reply draft saved'),
  'disclosure-request.review-complete': l('答复审核完成', 'Reply review completed'),
  'disclosure-request.issue-reply': l('作出答复', 'Reply issued'),
  'disclosure-request.record-delivery': l('登记答复送达', 'Delivery recorded'),
  'disclosure-request.review.create': l('登记复议或诉讼', 'Review or litigation recorded'),
  'disclosure-request.review.update': l('修改复议或诉讼', 'Review or litigation updated'),
  'disclosure-report.report.create': l('保存政府信息公开工作年度报告', 'Annual disclosure report saved'),
  'disclosure-report.report.update': l('修改政府信息公开工作年度报告', 'Annual disclosure report updated'),
  'disclosure-report.report.publish': l('发布政府信息公开工作年度报告', 'Annual disclosure report published'),
  // A module may keep its labels in its catalogue.ts as <MODULE>_AUDIT_ACTIONS (collected into catalogues.generated.ts).
  ...MODULE_AUDIT_ACTIONS,
};

/** What an audit entry is about (its entityType), named as the clerk knows it. */
export const AUDIT_ENTITY_LABELS: Record<string, AuditLabel> = {
  backup: l('备份', 'Backup'),
  bulletinBoard: l('公开栏', 'Notice board'),
  bulletinBoardUpdate: l('公开栏更新', 'Notice board update'),
  calendarYear: l('日历年度', 'Calendar year'),
  complianceRuleSettings: l('合规规则设置', 'Compliance rule settings'),
  deadline: l('期限', 'Deadline'),
  dictionaryEntry: l('字典条目', 'Dictionary entry'),
  disclosureAnnualReport: l('政府信息公开工作年度报告', 'Annual disclosure report'),
  disclosureCatalogItem: l('公开目录事项', 'Catalogue item'),
  disclosureGuideSettings: l('政府信息公开指南设置', 'Disclosure guide'),
  disclosureRequest: l('政府信息公开申请', 'Disclosure request'),
  disclosureReview: l('复议或诉讼', 'Review or litigation'),
  file: l('附件', 'File'),
  lawStudyAppointment: l('领导干部任职', 'Appointment'),
  lawStudyExam: l('学法考试', 'Exam'),
  lawStudyImport: l('导入批次', 'Import batch'),
  lawStudyLaw: l('学习法律法规', 'Law studied'),
  lawStudySelfStudy: l('自学申报', 'Self-study claim'),
  lawStudySession: l('学法活动', 'Study session'),
  notification: l('通知', 'Notification'),
  org: l('组织机构', 'Org'),
  person: l('干部', 'Cadre'),
  proactivePublication: l('主动公开信息', 'Publication'),
  publicityActivity: l('普法活动', 'Publicity activity'),
  publicityCampaign: l('主题活动', 'Campaign'),
  publicityDutyItem: l('普法责任清单事项', 'Publicity duty'),
  role: l('角色', 'Role'),
  settings: l('系统设置', 'Settings'),
  township: l('乡镇（街道）', 'Township'),
  user: l('用户', 'User'),
  villageAffairsDisclosure: l('村务、党务公开记录', 'Village or party affairs disclosure'),
  // …and its entity labels as <MODULE>_AUDIT_ENTITIES.
  ...MODULE_AUDIT_ENTITIES,
};

/** The label of an action or entity type in the UI language; a code without a label shows as it is. */
export function auditLabel(labels: Record<string, AuditLabel>, code: string, language: string): string {
  const label = Object.hasOwn(labels, code) ? labels[code] : undefined;
  if (!label) return code;
  return language.startsWith('en') ? label.en : label.zh;
}
