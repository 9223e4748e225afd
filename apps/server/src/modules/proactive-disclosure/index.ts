import type { YifaModule } from '../../platform/modules.ts';
import { proactiveDisclosureRoutes } from './routes.ts';

/** The proactive-disclosure module. Its public surface: the plugin, and query functions other modules may call. */
export const proactiveDisclosureModule: YifaModule = { name: 'proactive-disclosure', routes: proactiveDisclosureRoutes };
