import { defineRoute, ZCreated, ZIdParams, ZOk } from '../platform/route-contract.ts';
import {
  Z__Pascal__Input,
  Z__Pascal__List,
  Z__Pascal__ListQuery,
  Z__Pascal__Record,
  Z__Pascal__TownshipQuery,
  Z__Pascal__Update,
} from './contracts.ts';

const tag = '__name__';

/** The HTTP surface of the __name__ module: the server registers these with route(), the web calls them with call(). */
export const __camel__Api = {
  list: defineRoute({
    method: 'GET',
    path: '/__name__/records',
    access: '__name__:record:read',
    summary: '列出记录',
    tag,
    query: Z__Pascal__ListQuery,
    response: Z__Pascal__List,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/__name__/records',
    access: '__name__:record:write',
    summary: '新增记录',
    tag,
    query: Z__Pascal__TownshipQuery,
    body: Z__Pascal__Input,
    response: ZCreated,
    status: 201,
  }),
  detail: defineRoute({
    method: 'GET',
    path: '/__name__/records/:id',
    access: '__name__:record:read',
    summary: '查看记录',
    tag,
    params: ZIdParams,
    response: Z__Pascal__Record,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/__name__/records/:id',
    access: '__name__:record:write',
    summary: '修改记录',
    tag,
    params: ZIdParams,
    body: Z__Pascal__Update,
    response: Z__Pascal__Record,
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/__name__/records/:id',
    access: '__name__:record:write',
    summary: '删除记录',
    tag,
    params: ZIdParams,
    response: ZOk,
  }),
};
