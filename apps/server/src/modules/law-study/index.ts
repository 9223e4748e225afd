import type { YifaModule } from '../../platform/modules.ts';
import { lawStudyRoutes } from './routes.ts';

/** The law-study module. Its public surface: the plugin, and query functions other modules may call. */
export const lawStudyModule: YifaModule = { name: 'law-study', routes: lawStudyRoutes };
