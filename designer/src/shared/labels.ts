import type {
  ApprovalAction,
  ApprovalMode,
  AssigneeRuleType,
  FieldPermission,
  OnTimeout,
  RoleScope,
  WhenNoAssignee,
} from '@flowhall/schema';
import type { ConditionOperator } from '../schema-ops';

/** The designers' Chinese labels for the definition model's string unions. */
export const ACTION_LABELS: Record<ApprovalAction, string> = {
  approve: '同意',
  reject: '不同意',
  return: '退回',
  forward: '提交上级审批',
  finalApprove: '终审同意',
  transfer: '转办',
  addSigner: '加签',
};

export const MODE_LABELS: Record<ApprovalMode, string> = {
  any: '或签（一人同意即可）',
  all: '会签（全部同意）',
  sequential: '依次审批',
};

export const RULE_LABELS: Record<AssigneeRuleType, string> = {
  users: '指定人员',
  role: '角色',
  deptHead: '部门负责人',
  leaderInCharge: '分管领导',
  applicantChoice: '申请人选择',
  approverChoice: '上一审批人指定',
  formField: '表单中的人员字段',
  byField: '按表单字段取值',
  applicant: '申请人本人',
};

export const SCOPE_LABELS: Record<RoleScope, string> = {
  global: '全校',
  applicantDept: '申请人所在部门',
  dept: '指定部门',
};

export const NO_ASSIGNEE_LABELS: Record<WhenNoAssignee, string> = {
  fail: '报错，不自动通过',
  skip: '跳过该环节',
  toAdmin: '转交流程管理员',
};

export const TIMEOUT_LABELS: Record<OnTimeout, string> = {
  remind: '提醒办理人',
  approve: '自动同意',
  reject: '自动不同意',
};

export const PERMISSION_LABELS: Record<FieldPermission, string> = {
  editable: '可编辑',
  readonly: '只读',
  hidden: '隐藏',
};

export const OPERATOR_LABELS: Record<ConditionOperator, string> = {
  eq: '等于',
  ne: '不等于',
  gt: '大于',
  gte: '大于等于',
  lt: '小于',
  lte: '小于等于',
  in: '属于其中之一',
  contains: '包含',
  empty: '为空',
  notEmpty: '不为空',
};

export const RETURN_LABELS = {
  applicant: '申请人',
  previous: '上一环节',
  anyVisited: '任一已经过的环节',
} as const;
