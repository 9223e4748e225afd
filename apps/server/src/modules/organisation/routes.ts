import { MEDIA_TYPES } from '@yifa/domain';
import { organisationApi as api } from '@yifa/domain/organisation';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/auth-context.ts';
import { searchTownships } from '../../platform/divisions/index.ts';
import { route } from '../../platform/http/route.ts';
import { sendDownload } from '../../platform/http/send-download.ts';
import { readPeopleUpload, renderPeopleTemplate } from './imports/people-upload.ts';
import { createOrg } from './use-cases/create-org.ts';
import { createPerson } from './use-cases/create-person.ts';
import { createRole } from './use-cases/create-role.ts';
import { createTownship } from './use-cases/create-township.ts';
import { createUser } from './use-cases/create-user.ts';
import { deleteOrg } from './use-cases/delete-org.ts';
import { deletePerson } from './use-cases/delete-person.ts';
import { deleteRole } from './use-cases/delete-role.ts';
import { deleteUser } from './use-cases/delete-user.ts';
import { getOrg } from './use-cases/get-org.ts';
import { getUser } from './use-cases/get-user.ts';
import { importPeople } from './use-cases/import-people.ts';
import { listOrgs } from './use-cases/list-orgs.ts';
import { listPeople } from './use-cases/list-people.ts';
import { listPermissions } from './use-cases/list-permissions.ts';
import { listRoles } from './use-cases/list-roles.ts';
import { listUsers } from './use-cases/list-users.ts';
import { previewTownship } from './use-cases/preview-township.ts';
import { resetUserPassword } from './use-cases/reset-user-password.ts';
import { updateOrg } from './use-cases/update-org.ts';
import { updatePerson } from './use-cases/update-person.ts';
import { updateRole } from './use-cases/update-role.ts';
import { updateUser } from './use-cases/update-user.ts';
import { viewPerson } from './use-cases/view-person.ts';
import { presentOrg } from './presenter.ts';

const ok = { ok: true as const };

/** HTTP only: each contract of packages/domain organisation/api.ts to its use case. */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 10, fieldSize: 1024 } });

  // Divisions and townships
  route(app, api.searchTownshipDivisions, ({ query }) => searchTownships(query.q, 20));
  route(app, api.previewTownship, ({ params }) => previewTownship(params.code));
  route(app, api.createTownship, async ({ auth, body }) => presentOrg(auth, await createTownship(ctx, actorOf(auth), body)));

  // Org tree
  route(app, api.listOrgs, ({ auth, query }) => listOrgs(ctx, auth, query));
  route(app, api.getOrg, ({ auth, params }) => getOrg(ctx, auth, params.id));
  route(app, api.createOrg, async ({ auth, body }) => presentOrg(auth, await createOrg(ctx, auth, body)));
  route(app, api.updateOrg, async ({ auth, params, body }) => presentOrg(auth, await updateOrg(ctx, auth, params.id, body)));
  route(app, api.deleteOrg, async ({ auth, params }) => {
    await deleteOrg(ctx, auth, params.id);
    return ok;
  });

  // People (cadres)
  route(app, api.listPeople, ({ auth, query }) => listPeople(ctx, auth, query));
  route(app, api.downloadPeopleTemplate, async ({ reply }) =>
    sendDownload(reply, { body: await renderPeopleTemplate(), fileName: '干部名单导入模板.xlsx', mediaType: MEDIA_TYPES.xlsx }),
  );
  route(app, api.importPeople, async ({ auth, query, request, reply }) =>
    importPeople(ctx, auth, await readPeopleUpload(request, reply), query),
  );
  route(app, api.getPerson, ({ auth, params, query }) => viewPerson(ctx, auth, params.id, query.unmasked === 'true'));
  route(app, api.createPerson, async ({ auth, body }) => ({ id: (await createPerson(ctx, auth, body)).id }));
  route(app, api.updatePerson, async ({ auth, params, body }) => {
    await updatePerson(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.deletePerson, async ({ auth, params }) => {
    await deletePerson(ctx, auth, params.id);
    return ok;
  });

  // User accounts
  route(app, api.listUsers, ({ auth, query }) => listUsers(ctx, auth, query));
  route(app, api.getUser, ({ auth, params }) => getUser(ctx, auth, params.id));
  route(app, api.createUser, async ({ auth, body }) => ({ id: await createUser(ctx, auth, body) }));
  route(app, api.updateUser, async ({ auth, params, body }) => {
    await updateUser(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.resetPassword, async ({ auth, params, body }) => {
    await resetUserPassword(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.deleteUser, async ({ auth, params }) => {
    await deleteUser(ctx, auth, params.id);
    return ok;
  });

  // Roles and the permission catalogue
  route(app, api.listPermissions, () => listPermissions());
  route(app, api.listRoles, ({ auth }) => listRoles(ctx, auth));
  route(app, api.createRole, async ({ auth, query, body }) => ({ id: await createRole(ctx, auth, query, body) }));
  route(app, api.updateRole, async ({ auth, params, body }) => {
    await updateRole(ctx, auth, params.id, body);
    return ok;
  });
  route(app, api.deleteRole, async ({ auth, params }) => {
    await deleteRole(ctx, auth, params.id);
    return ok;
  });
};
