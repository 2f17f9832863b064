import type { FlowGraph } from './flow';
import type { FormSchema } from './form';

export type Audience = 'staff' | 'undergraduate' | 'postgraduate' | 'other';

export interface ProcessSettings {
  /** Who gets tasks of nodes whose rules resolve to nobody and say `whenNoAssignee: 'toAdmin'`. */
  adminUsers?: string[];
  /** Prefix of the serial number (流水号) the server draws on submit. */
  serialPrefix?: string;
  /** Let approvers see the case's trace; the engine ignores the rest of the settings. */
  [extra: string]: unknown;
}

/** A process definition is data; publishing freezes one version of it. */
export interface ProcessDefinition {
  key: string;
  version: number;
  name: string;
  category?: string;
  department?: string;
  audience?: Audience[];
  guide?: string;
  form: FormSchema;
  flow: FlowGraph;
  settings?: ProcessSettings;
}

/** A problem found by validation; `path` points into the definition (e.g. `flow.nodes[2].properties.assignees`). */
export interface DefinitionProblem {
  path: string;
  code: DefinitionProblemCode;
  message: string;
  nodeId?: string;
  edgeId?: string;
}

export type DefinitionProblemCode =
  | 'MISSING_FIELD'
  | 'NO_START'
  | 'MULTIPLE_STARTS'
  | 'NO_END'
  | 'DUPLICATE_NODE_ID'
  | 'DUPLICATE_EDGE_ID'
  | 'UNKNOWN_NODE_TYPE'
  | 'EDGE_MISSING_NODE'
  | 'START_HAS_INCOMING'
  | 'END_HAS_OUTGOING'
  | 'NO_OUTGOING'
  | 'TOO_MANY_OUTGOING'
  | 'UNREACHABLE_NODE'
  | 'CANNOT_REACH_END'
  | 'CONDITION_NO_DEFAULT'
  | 'CONDITION_MULTIPLE_DEFAULTS'
  | 'CONDITION_RULE_MISSING'
  | 'INVALID_JSON_LOGIC'
  | 'PARALLEL_TOO_FEW_BRANCHES'
  | 'PARALLEL_WITHOUT_JOIN'
  | 'JOIN_TOO_FEW_INCOMING'
  | 'JOIN_WITHOUT_PARALLEL'
  | 'ASSIGNEES_MISSING'
  | 'ASSIGNEE_RULE_INCOMPLETE'
  | 'UNKNOWN_FIELD'
  | 'INVALID_VALUE'
  | 'RETURN_TARGET_MISSING'
  | 'DUPLICATE_ROUTE';
