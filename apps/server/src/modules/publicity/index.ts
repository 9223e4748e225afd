import type { YifaModule } from '../../platform/modules.ts';
import { publicityRoutes } from './routes.ts';

/** The publicity module. Its public surface: the plugin, and query functions other modules may call. */
export const publicityModule: YifaModule = { name: 'publicity', routes: publicityRoutes };
