/** zh-CN strings of the __name__ module (merged with the other areas by messages.generated.ts). */
export const __camel__ = {
  __camel__: {
    title: '__titleZh__',
    intro: '本乡镇（街道）的记录。新增、修改和删除都记入审计日志。',
    create: '新增记录',
    edit: '修改记录',
    field: { title: '标题', notes: '备注', updatedAt: '更新时间' },
  },
};

/** The name of its permission group in the role editor (role.module.__name__, collected by messages.generated.ts). */
export const permissionGroup = '__titleZh__';
