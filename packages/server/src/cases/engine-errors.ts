import type { EngineError, EngineErrorCode } from '@flowhall/engine';
import { AppError } from '../common/app-error';

// HTTP status and a Chinese message per engine refusal; the engine's English message follows.
const TABLE: Record<EngineErrorCode, [number, string]> = {
  INVALID_DEFINITION: [422, '流程定义有误，无法办理'],
  DEFINITION_MISMATCH: [409, '案件与流程版本不一致'],
  INVALID_COMMAND: [400, '操作参数有误'],
  INVALID_TIME: [400, '时间格式有误'],
  CASE_FINISHED: [409, '该申请已办结'],
  CASE_NOT_DRAFT: [409, '该申请已提交，不能再按草稿修改'],
  CASE_NOT_RUNNING: [409, '该申请当前不在办理中'],
  CASE_NOT_RETURNED: [409, '该申请未被退回，不能重新提交'],
  NOT_APPLICANT: [403, '只有申请人可以执行此操作'],
  TASK_NOT_FOUND: [404, '没有这个待办'],
  TASK_NOT_PENDING: [409, '该待办已被处理'],
  NOT_ASSIGNEE: [403, '您不是该待办的办理人'],
  ACTION_NOT_ALLOWED: [422, '此环节不允许该操作'],
  OPINION_REQUIRED: [422, '请填写审批意见'],
  ROUTE_REQUIRED: [422, '请选择审批路线'],
  UNKNOWN_ROUTE: [422, '没有这个审批路线'],
  RETURN_TARGET_NOT_PASSED: [422, '只能退回到已经办理过的环节'],
  RETURN_TARGET_NOT_ALLOWED: [422, '此环节不允许退回到该位置'],
  FORWARD_TARGET_REQUIRED: [422, '请选择要提交的上级领导'],
  TRANSFER_TARGET_INVALID: [422, '转交对象无效'],
  SIGNERS_REQUIRED: [422, '请选择加签人员'],
  FIELD_NOT_EDITABLE: [422, '此环节不能修改这些字段'],
  URGE_TOO_SOON: [429, '每个环节一小时内只能催办一次'],
  NO_ASSIGNEE: [422, '找不到该环节的办理人，请联系管理员'],
  NO_BRANCH: [422, '没有符合条件的流转分支，请联系管理员'],
  CONDITION_FAILED: [422, '流转条件无法计算，请联系管理员'],
};

/** Turns an engine refusal into the API's error, keeping the engine's code and details. */
export function engineRefusal(error: EngineError): AppError {
  const [status, zh] = TABLE[error.code] ?? [422, '无法执行该操作'];
  return new AppError(status, error.code, `${zh} / ${error.message}`, error.details);
}
