/** The HTTP surface of the platform modules (one `defineRoute` per route; docs/modules.md). */
export { auditApi } from './audit-api.ts';
export { authApi } from './auth-api.ts';
export { calendarApi } from './calendar-api.ts';
export { complianceApi } from './compliance-api.ts';
export { deadlinesApi } from './deadline-api.ts';
export { dictionariesApi } from './dictionary-api.ts';
export { filesApi } from './file-api.ts';
export { notificationsApi } from './notification-api.ts';
export { settingsApi } from './settings-api.ts';
export { workbenchApi } from './workbench-api.ts';
