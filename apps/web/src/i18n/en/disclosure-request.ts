import type { Messages } from '../zh-CN.ts';

/** English strings of the disclosure-request module. */
export const disclosureRequest: Pick<Messages, 'disclosureRequest'> = {
  disclosureRequest: {
    title: 'Disclosure requests',
  },
};
