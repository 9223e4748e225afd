/** Notifications, for the modules: raise one with `notify(tx, input)` inside the module's transaction. */
export { notify, type NotificationInput } from './notify.ts';
export { notificationsModule } from './module.ts';
