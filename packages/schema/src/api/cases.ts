import type { FieldPermissions, FlowGraph, RouteOption } from '../flow';
import type { FormSchema } from '../form';
import type { CaseImportance } from './lists';

// The shapes of the cases API, shared by the server (which answers with them) and the client
// (which receives them): one definition, so the two cannot drift apart.

export type CaseStatus = 'draft' | 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export type TaskActionType =
  | 'approve'
  | 'reject'
  | 'return'
  | 'forward'
  | 'finalApprove'
  | 'transfer'
  | 'addSigner'
  | 'complete';

export interface CaseOutcome {
  id: number;
  status: CaseStatus;
  serialNo: string | null;
  lockVersion: number;
}

export interface MyTask {
  id: string;
  nodeId: string;
  nodeName: string;
  kind: string;
  actions: TaskActionType[];
  opinionRequired: TaskActionType[];
  routes: RouteOption[];
  returnTargets: Array<{ nodeId: string; name: string }>;
  fieldPermissions: FieldPermissions;
  dueAt: string | null;
  /** Set when the reader holds this task as the assignee's out-of-office delegate (代办). */
  onBehalfOf: { id: number; name: string } | null;
}

export interface CaseView {
  id: number;
  serialNo: string | null;
  status: CaseStatus;
  lockVersion: number;
  definition: { key: string; version: number; name: string };
  applicant: { id: number; name: string };
  currentStep: string | null;
  progress: number;
  /** 加急 when the applicant marked it so on submitting. */
  importance: CaseImportance;
  createdAt: string;
  submittedAt: string | null;
  finishedAt: string | null;
  form: Record<string, unknown>;
  fieldPermissions: FieldPermissions;
  relations: Array<'applicant' | 'assignee' | 'cc' | 'admin'>;
  myTasks: MyTask[];
  tasks: Array<{
    id: string;
    nodeId: string;
    nodeName: string;
    assignee: { id: number; name: string };
    status: 'pending' | 'queued' | 'done' | 'canceled';
    action: string | null;
    opinion: string | null;
    createdAt: string;
    doneAt: string | null;
    urgedAt: string | null;
  }>;
  stamps: Array<{
    nodeId: string;
    userId: number;
    departmentId: number | null;
    departmentName: string | null;
    at: string;
  }>;
  /** The applicant's rating of the finished case (R29), once given. */
  rating: { stars: number; comment: string | null; createdAt: string } | null;
  /**
   * `rate`: the applicant may rate it now (finished, not rated yet); `reassign`: the reader is an
   * office administrator and the case has pending tasks (POST /api/tasks/:id/reassign).
   */
  can: {
    withdraw: boolean;
    resubmit: boolean;
    submit: boolean;
    urge: boolean;
    copy: boolean;
    rate: boolean;
    reassign: boolean;
  };
}

/** One step of a case's trace (R25). */
export interface TraceEntry {
  at: string;
  actor: { id: number | null; name: string };
  action: string;
  nodeId: string | null;
  nodeName: string | null;
  opinion: string | null;
  details: Record<string, unknown> | null;
  /** The assignee the actor acted for as their delegate; shown as "李四（代 王五）". */
  onBehalfOf: { id: number; name: string } | null;
  /** The actor as people read it: "李四", or "李四（代 王五）" for a delegate. */
  actorLabel: string;
}

export interface ProcessStart {
  key: string;
  version: number;
  name: string;
  guide: string | null;
  form: FormSchema;
  flow: FlowGraph;
  fieldPermissions: FieldPermissions;
}

export interface TaskCommand {
  type: TaskActionType;
  opinion?: string;
  route?: string;
  formPatch?: Record<string, unknown>;
  /** return: 'applicant' | 'previous' | { nodeId }; forward: user ids; transfer: one user id. */
  to?: 'applicant' | 'previous' | { nodeId: string } | number[] | number;
  users?: number[];
  position?: 'before' | 'after';
}
