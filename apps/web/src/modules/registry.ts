import { COLLECTED_WEB_MODULES } from './modules.generated.ts';
import type { MenuEntry, ModuleRoute, WebModule } from './types.ts';

/**
 * Every module of the web app (apps/web/src/modules/<m>/module.tsx), like apps/server/src/modules/registry.ts
 * on the server: collected into modules.generated.ts by `npm run modules:collect` (which `npm run module:new`
 * runs), so a new module edits nothing here; its pages and menu entries follow from its definition.
 */
export const WEB_MODULES: WebModule[] = COLLECTED_WEB_MODULES;

export const ALL_MENU_ENTRIES: MenuEntry[] = WEB_MODULES.flatMap((m) => m.menu);
export const ALL_MODULE_ROUTES: ModuleRoute[] = WEB_MODULES.flatMap((m) => m.routes);

/** Is there a page at this path (e.g. 'notifications')? Shell features link to module pages only when they exist. */
export function hasModuleRoute(path: string): boolean {
  return ALL_MODULE_ROUTES.some((r) => r.path === path);
}
