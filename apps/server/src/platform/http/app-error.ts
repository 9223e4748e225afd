import { ERRORS, type ErrorCode, type InvalidParam } from '@yifa/domain';

/** An expected failure: becomes a problem-details response with its stable code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly invalidParams: InvalidParam[] | undefined;
  readonly userMessage: string | undefined;

  constructor(code: ErrorCode, options: { detail?: string; invalidParams?: InvalidParam[]; userMessage?: string } = {}) {
    super(options.detail ?? code);
    this.code = code;
    this.status = ERRORS[code].status;
    this.invalidParams = options.invalidParams;
    this.userMessage = options.userMessage;
  }
}
