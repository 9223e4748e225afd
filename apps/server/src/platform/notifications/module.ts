import { notificationsApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { toKeysetPage } from '../db/keyset.ts';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { presentNotification } from './presenter.ts';
import { countUnread, listMine } from './repository.ts';
import { markAllRead, markRead } from './use-cases/mark-read.ts';

const routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;

  route(app, notificationsApi.list, async ({ auth, query: q }) => {
    const { rows, isFirstPage, unreadCount } = await listMine(ctx.db, auth.user.id, {
      after: q.after,
      pageSize: q.pageSize,
      order: q.order,
      isUnreadOnly: q.isUnreadOnly === '1',
    });
    return { ...toKeysetPage(rows, q.pageSize, isFirstPage, (r) => presentNotification(r.notification)), unreadCount };
  });

  route(app, notificationsApi.unreadCount, async ({ auth }) => ({ count: await countUnread(ctx.db, auth.user.id) }));

  route(app, notificationsApi.markRead, async ({ auth, params }) => {
    await markRead(ctx, auth, params.id);
    return { ok: true as const };
  });

  route(app, notificationsApi.markAllRead, async ({ auth }) => ({ count: await markAllRead(ctx, auth) }));
};

/** In-app notifications of the signed-in user; modules raise them with `notify()` (notify.ts). */
export const notificationsModule: YifaModule = { name: 'notifications', routes };
