import type { YifaModule } from '../../platform/modules.ts';
import { seedBuiltinRoles } from './reference-seed.ts';
import { organisationRoutes } from './routes.ts';

/** The organisation module: the org tree, cadres, user accounts and roles. */
export const organisationModule: YifaModule = { name: 'organisation', routes: organisationRoutes, seedReference: seedBuiltinRoles };

// The read API (adr/0004): what other modules and the platform may read of orgs and cadres.
export {
  activeUserIds,
  cadresOnRollByOrg,
  findOrgById,
  findOrgInTownship,
  hasAnyOrg,
  liveTownshipIdsSql,
  liveTownships,
  orgNameOf,
  orgsByIds,
  orgsOfTownship,
  orgsOfTownships,
  peopleByIds,
  peopleOfTownship,
  cadresWithOrg,
  personNameOf,
  townshipByDivisionCode,
  townshipAdminIds,
  townshipOf,
  userNameOf,
  type OrgSummary,
  type PublicTownshipRow,
  type RollPerson,
} from './read-api.ts';
// The demo township (platform/seed/demo.ts makes it on the first start).
export { createDemoTownship, seedOrganisationDemo } from './demo-seed.ts';
