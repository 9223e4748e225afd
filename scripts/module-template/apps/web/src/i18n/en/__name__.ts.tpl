import type { Messages } from '../zh-CN.ts';

/** English strings of the __name__ module. */
export const __camel__: Pick<Messages, '__camel__'> = {
  __camel__: {
    title: '__titleEn__',
    intro: "The township's records. Every addition, change and deletion is written to the audit log.",
    create: 'New record',
    edit: 'Edit record',
    field: { title: 'Title', notes: 'Notes', updatedAt: 'Updated' },
  },
};

export const permissionGroup = '__titleEn__';
