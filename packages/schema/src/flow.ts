import type { AssigneeRule } from './assignee-rule';
import type { JsonLogicRule, JsonValue } from './json';

/**
 * Flow graphs are LogicFlow graph data (`{ nodes, edges }` with `properties`) so the designer loads
 * and saves them without translation. Layout fields (x, y, text, points) are carried, never read.
 */
export type NodeType = FlowNode['type'];
export const NODE_TYPES: readonly NodeType[] = [
  'start',
  'approval',
  'handle',
  'cc',
  'condition',
  'parallel',
  'join',
  'end',
];

export type FieldPermission = 'editable' | 'readonly' | 'hidden';
export const FIELD_PERMISSIONS: readonly FieldPermission[] = ['editable', 'readonly', 'hidden'];

export type ApprovalMode = 'any' | 'all' | 'sequential';
export const APPROVAL_MODES: readonly ApprovalMode[] = ['any', 'all', 'sequential'];

/** What an approver may do on an approval node. */
export type ApprovalAction =
  | 'approve'
  | 'reject'
  | 'return'
  | 'forward'
  | 'finalApprove'
  | 'transfer'
  | 'addSigner';
export const APPROVAL_ACTIONS: readonly ApprovalAction[] = [
  'approve',
  'reject',
  'return',
  'forward',
  'finalApprove',
  'transfer',
  'addSigner',
];
/** Used when a node lists no actions: the three every office knows. */
export const DEFAULT_APPROVAL_ACTIONS: readonly ApprovalAction[] = ['approve', 'reject', 'return'];
/** Used when a node does not say which actions need an opinion: saying no or sending back needs a reason. */
export const DEFAULT_OPINION_REQUIRED: readonly ApprovalAction[] = ['reject', 'return'];

export type WhenNoAssignee = 'skip' | 'toAdmin' | 'fail';
export const WHEN_NO_ASSIGNEE: readonly WhenNoAssignee[] = ['skip', 'toAdmin', 'fail'];

export type OnTimeout = 'remind' | 'approve' | 'reject';
export const ON_TIMEOUT: readonly OnTimeout[] = ['remind', 'approve', 'reject'];

/** Where `return` may send a case: the applicant, the node before, any node passed, or a named node. */
export type ReturnTarget = 'applicant' | 'previous' | 'anyVisited' | { nodeId: string };

export type FieldPermissions = { [field: string]: FieldPermission };

/** A named choice the approver picks when approving; a following condition reads `decision.route`. */
export interface RouteOption {
  key: string;
  label: string;
}

export interface NodeTextData {
  x?: number;
  y?: number;
  value: string;
}

interface NodeBase<T extends string, P> {
  id: string;
  type: T;
  x?: number;
  y?: number;
  text?: string | NodeTextData;
  properties: P;
}

export interface CommonNodeProperties {
  /** Display name of the step (R14), e.g. 单位办公室工作人员审批. */
  name?: string;
  fieldPermissions?: FieldPermissions;
  [extra: string]: unknown;
}

export type StartProperties = CommonNodeProperties;

export interface ApprovalProperties extends CommonNodeProperties {
  assignees: AssigneeRule[];
  /** Defaults to `any`. */
  mode?: ApprovalMode;
  /** Defaults to DEFAULT_APPROVAL_ACTIONS. */
  actions?: ApprovalAction[];
  /** Defaults to DEFAULT_OPINION_REQUIRED. */
  opinionRequired?: ApprovalAction[];
  /** Defaults to `fail`: nobody silently approves. */
  whenNoAssignee?: WhenNoAssignee;
  /** Skip the node when its rules resolve to nobody (an applicant-chosen approver left empty, R13). */
  optional?: boolean;
  timeLimitHours?: number;
  /** Defaults to `remind`. */
  onTimeout?: OnTimeout;
  /** Stamp the approver's department seal image on approval (R18). */
  autoStamp?: boolean;
  /** Defaults to `['applicant', 'previous']`. */
  returnTo?: ReturnTarget[];
  routes?: RouteOption[];
}

export interface HandleProperties extends CommonNodeProperties {
  assignees: AssigneeRule[];
  whenNoAssignee?: WhenNoAssignee;
  optional?: boolean;
  timeLimitHours?: number;
  /** `approve` and `reject` make no sense for a handling step; remind only. */
  onTimeout?: 'remind';
  returnTo?: ReturnTarget[];
  /** Actions needing an opinion; defaults to `['return']`. */
  opinionRequired?: Array<'complete' | 'return'>;
}

export interface CcProperties extends CommonNodeProperties {
  assignees: AssigneeRule[];
}

export type ConditionProperties = CommonNodeProperties;
export type ParallelProperties = CommonNodeProperties;
export type JoinProperties = CommonNodeProperties;

export interface EndProperties extends CommonNodeProperties {
  /** Defaults to `approved`. */
  outcome?: 'approved' | 'rejected';
}

export type StartNode = NodeBase<'start', StartProperties>;
export type ApprovalNode = NodeBase<'approval', ApprovalProperties>;
export type HandleNode = NodeBase<'handle', HandleProperties>;
export type CcNode = NodeBase<'cc', CcProperties>;
export type ConditionNode = NodeBase<'condition', ConditionProperties>;
export type ParallelNode = NodeBase<'parallel', ParallelProperties>;
export type JoinNode = NodeBase<'join', JoinProperties>;
export type EndNode = NodeBase<'end', EndProperties>;

export type FlowNode =
  | StartNode
  | ApprovalNode
  | HandleNode
  | CcNode
  | ConditionNode
  | ParallelNode
  | JoinNode
  | EndNode;

export interface EdgeProperties {
  /** JSON Logic over `{ form, applicant, case, decision }`; only read on edges leaving a condition. */
  condition?: JsonLogicRule;
  /** The branch taken when no other matches; exactly one per condition node. */
  isDefault?: boolean;
  /** Evaluation order among a condition's edges (ascending; ties keep array order). */
  order?: number;
  [extra: string]: JsonValue | undefined;
}

export interface FlowEdge {
  id: string;
  type?: string;
  sourceNodeId: string;
  targetNodeId: string;
  text?: string | NodeTextData;
  properties?: EdgeProperties;
  startPoint?: { x: number; y: number };
  endPoint?: { x: number; y: number };
  pointsList?: Array<{ x: number; y: number }>;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** The display name of a node: its `name` property, else its LogicFlow text, else its id. */
export function nodeName(node: FlowNode): string {
  if (typeof node.properties.name === 'string' && node.properties.name) return node.properties.name;
  if (typeof node.text === 'string' && node.text) return node.text;
  if (node.text && typeof node.text === 'object' && node.text.value) return node.text.value;
  return node.id;
}
