import type { YifaModule } from '../../platform/modules.ts';
import { __camel__Routes } from './routes.ts';

/** The __name__ module (docs/modules/__name__.md). Other modules import it only through this file. */
export const __camel__Module: YifaModule = { name: '__name__', routes: __camel__Routes };
