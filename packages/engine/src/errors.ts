/** Stable codes of refused commands; the server maps them to 4xx answers. Never renamed, only added. */
export type EngineErrorCode =
  | 'INVALID_DEFINITION'
  | 'DEFINITION_MISMATCH'
  | 'INVALID_COMMAND'
  | 'INVALID_TIME'
  | 'CASE_FINISHED'
  | 'CASE_NOT_DRAFT'
  | 'CASE_NOT_RUNNING'
  | 'CASE_NOT_RETURNED'
  | 'NOT_APPLICANT'
  | 'TASK_NOT_FOUND'
  | 'TASK_NOT_PENDING'
  | 'NOT_ASSIGNEE'
  | 'ACTION_NOT_ALLOWED'
  | 'OPINION_REQUIRED'
  | 'ROUTE_REQUIRED'
  | 'UNKNOWN_ROUTE'
  | 'RETURN_TARGET_NOT_PASSED'
  | 'RETURN_TARGET_NOT_ALLOWED'
  | 'FORWARD_TARGET_REQUIRED'
  | 'TRANSFER_TARGET_INVALID'
  | 'SIGNERS_REQUIRED'
  | 'FIELD_NOT_EDITABLE'
  | 'URGE_TOO_SOON'
  | 'NO_ASSIGNEE'
  | 'NO_BRANCH'
  | 'CONDITION_FAILED';

export interface EngineError {
  ok: false;
  code: EngineErrorCode;
  message: string;
  details?: { [key: string]: unknown };
}

/** Thrown inside the engine to unwind a command; `act` turns it into an EngineError result, never lets it out. */
export class Refusal extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly details?: { [key: string]: unknown },
  ) {
    super(message);
  }
}

export function refuse(code: EngineErrorCode, message: string, details?: { [key: string]: unknown }): never {
  throw new Refusal(code, message, details);
}
