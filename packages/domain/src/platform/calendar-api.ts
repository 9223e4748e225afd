import { z } from 'zod';
import {
  ZCalendarYearDetail,
  ZCalendarYearList,
  ZCalendarYearParam,
  ZComputeDeadlineQuery,
  ZComputeDeadlineResult,
  ZDeleteCalendarYearResult,
  ZNoticePreview,
  ZNoticePreviewRequest,
  ZSaveCalendarYearRequest,
  ZSaveCalendarYearResult,
} from './calendar-contracts.ts';
import { defineRoute } from './route-contract.ts';

const tag = 'calendar';
const ZYearParams = z.object({ year: ZCalendarYearParam }).strict();

/** The working-day calendar (工作日历) and the deadline calculator. */
export const calendarApi = {
  listYears: defineRoute({
    method: 'GET',
    path: '/calendar/years',
    access: 'platform:calendar:read',
    tag,
    summary: '工作日历：已录入的年度及临近未录入的年度',
    response: ZCalendarYearList,
  }),
  getYear: defineRoute({
    method: 'GET',
    path: '/calendar/years/:year',
    access: 'platform:calendar:read',
    tag,
    summary: '一个年度的放假日与调休上班日',
    params: ZYearParams,
    response: ZCalendarYearDetail,
  }),
  saveYear: defineRoute({
    method: 'PUT',
    path: '/calendar/years/:year',
    access: 'platform:calendar:write',
    tag,
    summary: '录入或替换一个年度的节假日安排（重新计算所有进行中的期限）',
    params: ZYearParams,
    body: ZSaveCalendarYearRequest,
    response: ZSaveCalendarYearResult,
  }),
  deleteYear: defineRoute({
    method: 'DELETE',
    path: '/calendar/years/:year',
    access: 'platform:calendar:write',
    tag,
    summary: '删除一个年度的节假日安排（重新计算所有进行中的期限）',
    params: ZYearParams,
    response: ZDeleteCalendarYearResult,
  }),
  previewNotice: defineRoute({
    method: 'POST',
    path: '/calendar/notice-preview',
    access: 'platform:calendar:write',
    tag,
    summary: '识别国务院节假日安排通知文本（仅预览，不保存）',
    body: ZNoticePreviewRequest,
    response: ZNoticePreview,
  }),
  compute: defineRoute({
    method: 'GET',
    path: '/calendar/compute',
    access: 'platform:calendar:read',
    tag,
    summary: '期限计算器：按工作日历计算截止日期并说明计算过程',
    query: ZComputeDeadlineQuery,
    response: ZComputeDeadlineResult,
  }),
};
