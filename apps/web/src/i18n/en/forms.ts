import type { Messages } from '../zh-CN.ts';

/** English messages of the shared form rules and of server errors on a form. */
export const forms: Pick<Messages, 'forms'> = {
  forms: {
    number: {
      notNumber: 'The {{field}} must be a number',
      min: 'The {{field}} cannot be less than {{min}}',
      greaterThan: 'The {{field}} must be greater than {{min}}',
      max: 'The {{field}} cannot be more than {{max}}',
      integer: 'The {{field}} must be a whole number',
      decimals: 'The {{field}} takes at most {{decimals}} decimal place(s)',
    },
    unmatched: 'Some fields are invalid: {{reasons}}',
  },
};
