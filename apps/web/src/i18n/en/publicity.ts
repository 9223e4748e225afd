import type { Messages } from '../zh-CN.ts';

/** English strings of the publicity module. */
export const publicity: Pick<Messages, 'publicity'> = {
  publicity: {
    title: 'Legal publicity',
  },
};
