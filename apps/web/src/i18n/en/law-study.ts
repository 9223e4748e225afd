import type { Messages } from '../zh-CN.ts';

/** English strings of the law-study module. */
export const lawStudy: Pick<Messages, 'lawStudy'> = {
  lawStudy: {
    title: 'Law study',
  },
};
