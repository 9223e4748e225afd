import type { YifaModule } from '../../platform/modules.ts';
import { organisationRoutes } from './routes.ts';

/** The organisation module: the org tree, cadres, user accounts and roles. */
export const organisationModule: YifaModule = { name: 'organisation', routes: organisationRoutes };
