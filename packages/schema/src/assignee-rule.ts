/**
 * Who gets the tasks of a node. Rules are data; the engine resolves them against an org directory
 * when the node is entered and records the people on each task.
 */
export type AssigneeRule =
  | UsersRule
  | RoleRule
  | DeptHeadRule
  | LeaderInChargeRule
  | ApplicantChoiceRule
  | ApproverChoiceRule
  | FormFieldRule
  | ByFieldRule
  | ApplicantRule;

export type AssigneeRuleType = AssigneeRule['type'];

export const ASSIGNEE_RULE_TYPES: readonly AssigneeRuleType[] = [
  'users',
  'role',
  'deptHead',
  'leaderInCharge',
  'applicantChoice',
  'approverChoice',
  'formField',
  'byField',
  'applicant',
];

/** Fixed people. */
export interface UsersRule {
  type: 'users';
  users: string[];
}

/** Where a role is looked up: anywhere, in the applicant's department, or in a named department. */
export type RoleScope = 'global' | 'applicantDept' | 'dept';

/** Holders of a role, e.g. the seal custodian. */
export interface RoleRule {
  type: 'role';
  role: string;
  /** Defaults to `global`. */
  scope?: RoleScope;
  /** Required when `scope` is `dept`. */
  deptId?: string;
}

/** Head of the applicant's department; `levels` counts departments upwards (0 = own department). */
export interface DeptHeadRule {
  type: 'deptHead';
  levels?: number;
}

/** The leader in charge (分管领导) of the applicant's department, `levels` up as for deptHead. */
export interface LeaderInChargeRule {
  type: 'leaderInCharge';
  levels?: number;
}

/** A user field the applicant fills (R13); an `optional` node is skipped when it is empty. */
export interface ApplicantChoiceRule {
  type: 'applicantChoice';
  field: string;
}

/** The people the previous approver picked with `forward` (R15). */
export interface ApproverChoiceRule {
  type: 'approverChoice';
}

/** A user field of the form, whoever filled it. */
export interface FormFieldRule {
  type: 'formField';
  field: string;
}

/** A form value picks the rule, e.g. seal type -> custodian role (R16). */
export interface ByFieldRule {
  type: 'byField';
  field: string;
  cases: { [value: string]: AssigneeRule };
  default?: AssigneeRule;
}

/** The applicant themself (e.g. to confirm receipt). */
export interface ApplicantRule {
  type: 'applicant';
}
