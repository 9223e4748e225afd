import { ZNotificationListQuery, ZNotificationPage, ZUnreadCount } from './notification-contracts.ts';
import { defineRoute, ZIdParams, ZNoBody, ZOk } from './route-contract.ts';
import { z } from 'zod';

const tag = 'notifications';

/** In-app notifications of the signed-in user. */
export const notificationsApi = {
  list: defineRoute({
    method: 'GET',
    path: '/notifications',
    access: 'authenticated',
    tag,
    summary: '我的消息（默认未读在前）',
    query: ZNotificationListQuery,
    response: ZNotificationPage,
  }),
  unreadCount: defineRoute({
    method: 'GET',
    path: '/notifications/unread-count',
    access: 'authenticated',
    tag,
    summary: '未读消息数（角标）',
    response: ZUnreadCount,
  }),
  markRead: defineRoute({
    method: 'POST',
    path: '/notifications/:id/read',
    access: 'authenticated',
    tag,
    summary: '标记一条消息为已读',
    params: ZIdParams,
    body: ZNoBody,
    response: ZOk,
  }),
  markAllRead: defineRoute({
    method: 'POST',
    path: '/notifications/read-all',
    access: 'authenticated',
    tag,
    summary: '全部标记为已读',
    body: ZNoBody,
    response: z.object({ count: z.number() }),
  }),
};
