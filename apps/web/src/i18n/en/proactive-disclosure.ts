import type { Messages } from '../zh-CN.ts';

/** English strings of the proactive-disclosure module. */
export const proactiveDisclosure: Pick<Messages, 'proactiveDisclosure'> = {
  proactiveDisclosure: {
    title: 'Proactive disclosure',
  },
};
