export * from './contracts.ts';
export * from './credit-code.ts';
export * from './receipt.ts';
export * from './repeat-requests.ts';
export * from './request-clock.ts';
export * from './reply-letter.ts';
export * from './step-dates.ts';
