import type { YifaModule } from '../../platform/modules.ts';
import { disclosureRequestRoutes } from './routes.ts';

/** The disclosure-request module. Its public surface: the plugin, and query functions other modules may call. */
export const disclosureRequestModule: YifaModule = { name: 'disclosure-request', routes: disclosureRequestRoutes };
