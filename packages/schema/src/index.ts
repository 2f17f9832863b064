export type { JsonPrimitive, JsonValue, JsonObject, JsonLogicRule } from './json';
export type { FormSchema, FormFieldSchema } from './form';
export { collectFieldNames } from './form';
export type {
  AssigneeRule,
  AssigneeRuleType,
  UsersRule,
  RoleRule,
  RoleScope,
  DeptHeadRule,
  LeaderInChargeRule,
  ApplicantChoiceRule,
  ApproverChoiceRule,
  FormFieldRule,
  ByFieldRule,
  ApplicantRule,
} from './assignee-rule';
export { ASSIGNEE_RULE_TYPES } from './assignee-rule';
export type {
  NodeType,
  FieldPermission,
  FieldPermissions,
  ApprovalMode,
  ApprovalAction,
  WhenNoAssignee,
  OnTimeout,
  ReturnTarget,
  RouteOption,
  NodeTextData,
  CommonNodeProperties,
  StartProperties,
  ApprovalProperties,
  HandleProperties,
  CcProperties,
  ConditionProperties,
  ParallelProperties,
  JoinProperties,
  EndProperties,
  StartNode,
  ApprovalNode,
  HandleNode,
  CcNode,
  ConditionNode,
  ParallelNode,
  JoinNode,
  EndNode,
  FlowNode,
  EdgeProperties,
  FlowEdge,
  FlowGraph,
} from './flow';
export {
  NODE_TYPES,
  FIELD_PERMISSIONS,
  APPROVAL_MODES,
  APPROVAL_ACTIONS,
  DEFAULT_APPROVAL_ACTIONS,
  DEFAULT_OPINION_REQUIRED,
  WHEN_NO_ASSIGNEE,
  ON_TIMEOUT,
  nodeName,
} from './flow';
export type {
  Audience,
  ProcessSettings,
  ProcessDefinition,
  DefinitionProblem,
  DefinitionProblemCode,
} from './definition';
export { JSON_LOGIC_OPERATIONS, jsonLogicProblem, isValidJsonLogic } from './json-logic-check';
export { fieldPermissionsFor, fieldsNotEditable } from './field-permissions';
export type { GraphIndex } from './graph-index';
export { indexGraph, orderedConditionEdges } from './graph-index';
export { validateDefinition } from './validate-definition';
export { validateFormData } from './validate-form-data';
export {
  CONDITION_OPERATORS,
  UNARY_OPERATORS,
  conditionToJsonLogic,
  jsonLogicToCondition,
} from './condition';
export type { Condition, ConditionClause, ConditionOperator } from './condition';
export { conditionToReaction, reactionToCondition } from './condition-reaction';
export type { FieldReaction, ReactionTarget } from './condition-reaction';
export { evaluateCondition, fieldCondition, valueAtPath } from './condition-eval';
export type { ValidateFormDataOptions, FormDataProblem, FormDataProblemCode } from './validate-form-data';
export type {
  CaseStatus,
  TaskActionType,
  CaseOutcome,
  MyTask,
  CaseView,
  TraceEntry,
  ProcessStart,
  TaskCommand,
  Box,
  CaseImportance,
  ListItem,
  ListPage,
  Counts,
  DefinitionSummary,
  VersionSummary,
  DefinitionDetail,
} from './api';
export type {
  Identity,
  DepartmentSummary,
  PersonRef,
  DepartmentNode,
  UserCard,
  UserDetail,
  RoleView,
  ImportProblem,
  ImportResult,
  ApiToken,
  Delegation,
  Opinion,
  StoredFile,
  AuditBrokenReason,
  AuditVerifyReport,
  AuditCheckpoint,
} from './api';
export type {
  ServiceMode,
  ServiceStatus,
  ServiceCard,
  ServiceAttachment,
  ServiceDetail,
  CategoryGroups,
  HallFigures,
  UsedService,
  CaseRating,
} from './api';
export type {
  NotifyEvent,
  PersonalChannel,
  WebhookKind,
  NotificationItem,
  NotificationPage,
  NotificationPreferences,
  NotificationTemplate,
  NotificationTemplates,
  WebhookEndpoint,
  WebhookEndpointInput,
  StatisticsQuery,
  StatisticsScopeOptions,
  CaseStatistics,
  DurationRow,
  DurationStatistics,
  BacklogRow,
  RatingRow,
} from './api';
export { NOTIFY_EVENTS, PERSONAL_CHANNELS, WEBHOOK_KINDS } from './api';
