// @yifa/domain/__name__: what the server and the web import of this module.
export * from './api.ts';
export * from './catalogue.ts';
export * from './contracts.ts';
