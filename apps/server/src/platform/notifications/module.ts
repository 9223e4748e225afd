import { ZNotificationListQuery, ZNotificationPage, ZUnreadCount, ZUuid } from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../http/access.ts';
import type { YifaModule } from '../modules.ts';
import { presentNotification } from './presenter.ts';
import { countUnread, listMine } from './repository.ts';
import { markAllRead, markRead } from './use-cases/mark-read.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '我的消息（默认未读在前）', querystring: ZNotificationListQuery, response: { 200: ZNotificationPage } },
    },
    async (request) => {
      const userId = requireAuth(request).user.id;
      const q = request.query;
      const [{ rows, total }, unreadCount] = await Promise.all([
        listMine(ctx.db, userId, { page: q.page, pageSize: q.pageSize, order: q.order, isUnreadOnly: q.isUnreadOnly === '1' }),
        countUnread(ctx.db, userId),
      ]);
      return { items: rows.map(presentNotification), total, unreadCount, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '未读消息数（角标）', response: { 200: ZUnreadCount } },
    },
    async (request) => ({ count: await countUnread(ctx.db, requireAuth(request).user.id) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '标记一条消息为已读',
        params: z.object({ id: ZUuid }).strict(),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await markRead(ctx, requireAuth(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/notifications/read-all',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '全部标记为已读', response: { 200: z.object({ count: z.number() }) } },
    },
    async (request) => ({ count: await markAllRead(ctx, requireAuth(request)) }),
  );
};

/** In-app notifications of the signed-in user; modules raise them with `notify()` (notify.ts). */
export const notificationsModule: YifaModule = { name: 'notifications', routes };
