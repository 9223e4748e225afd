import { ZFile, ZFileContentQuery, ZFileListQuery, ZFileUploadQuery } from './file-contracts.ts';
import { zKeysetPage } from './paging.ts';
import { defineRoute, ZIdParams, ZOk, zFileDownload, zUploadBody } from './route-contract.ts';

const tag = 'files';

/** Attachments: upload, metadata, download and preview, soft delete. */
export const filesApi = {
  upload: defineRoute({
    method: 'POST',
    path: '/files',
    access: 'platform:file:write',
    tag,
    summary: '上传附件（multipart/form-data，一个文件；类型以文件内容判断）',
    // No body schema: multipart/form-data, one part `file`, streamed and checked by the handler
    // (type sniffed from the content, size against the settings); see openapi-coverage.test.ts.
    query: ZFileUploadQuery,
    consumes: ['multipart/form-data'],
    body: zUploadBody(['file'], '一个文件（类型以文件内容判断，大小以系统设置为限）'),
    response: ZFile,
    status: 201,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/files',
    access: 'platform:file:read',
    tag,
    summary: '附件列表（可按所属记录筛选）',
    query: ZFileListQuery,
    response: zKeysetPage(ZFile),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/files/:id',
    access: 'platform:file:read',
    tag,
    summary: '一个附件的信息',
    params: ZIdParams,
    response: ZFile,
  }),
  content: defineRoute({
    method: 'GET',
    path: '/files/:id/content',
    access: 'platform:file:read',
    tag,
    summary: '下载附件；inline=1 在浏览器中预览图片和 PDF',
    params: ZIdParams,
    query: ZFileContentQuery,
    response: zFileDownload('application/octet-stream'),
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/files/:id',
    access: 'platform:file:write',
    tag,
    summary: '删除附件（软删除，留痕）',
    params: ZIdParams,
    response: ZOk,
  }),
};
