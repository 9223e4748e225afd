import type { YifaModule } from '../platform/modules.ts';
import { authModule } from '../platform/auth/module.ts';
import { organisationModule } from './organisation/index.ts';

/** Every module of Yifa, in registration order. `npm run module:new` adds a line here. */
export const MODULES: YifaModule[] = [authModule, organisationModule];
