import type { RequestAbility } from '@yifa/domain/disclosure-request';
import { canWrite, definePolicy, has } from '../../platform/policy/index.ts';
import { isInScope } from '../../platform/scope/data-scope.ts';
import type { RequestRow, ReviewRow } from './repository.ts';

const WRITE = 'disclosure-request:request:write';

/**
 * Who may do what to an application (依申请公开). Visible: inside the caller's data scope. The handling
 * steps need the write permission in a scope that writes (a county reviewer only reads); approving an
 * extension needs the head of the office's permission (条例第三十三条第二款); the applicant's personal data
 * in clear needs its own permission (个人信息保护法第五十一条). Which steps the request's state allows is
 * the workflow's question (packages/domain workflow.ts), not the policy's.
 */
export const requestPolicy = definePolicy<RequestRow, RequestAbility>({
  abilities: (auth, r) => {
    const writes = canWrite(auth, r, WRITE);
    return {
      step: writes,
      approveExtension: canWrite(auth, r, 'disclosure-request:request:approve-extension'),
      viewPersonal: has(auth, 'disclosure-request:request:view-personal') && isInScope(auth.scope, r),
      delete: writes,
    };
  },
});

/** A reconsideration or lawsuit on a request (条例第五十一条): changed by whoever handles the request. */
export const reviewPolicy = definePolicy<ReviewRow, 'update'>({
  abilities: (auth, r) => ({ update: canWrite(auth, r, WRITE) }),
});
