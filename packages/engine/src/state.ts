import type { ApprovalAction } from '@flowhall/schema';

/** Case states (DESIGN §4). `approved`, `rejected` and `withdrawn` are final. */
export type CaseStatus = 'draft' | 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export const FINAL_STATUSES: readonly CaseStatus[] = ['approved', 'rejected', 'withdrawn'];

/** `queued`: sequential mode or a before-signer, not yet this person's turn. */
export type TaskStatus = 'pending' | 'queued' | 'done' | 'canceled';

/** What a finished task did; `timeout` variants are applied by `tick`. */
export type TaskAction = ApprovalAction | 'complete';

export type TaskKind = 'approval' | 'handle';

/** ISO 8601 instant, e.g. `2024-03-01T08:00:00.000Z`; always supplied by the caller, never read from a clock. */
export type Instant = string;

export interface Applicant {
  id: string;
  deptId: string;
  name?: string;
}

export interface Task {
  id: string;
  nodeId: string;
  /** The visit of the node this task belongs to (a node entered again after a return gets a new round). */
  round: number;
  kind: TaskKind;
  assignee: string;
  status: TaskStatus;
  createdAt: Instant;
  /** Tasks that must be done before this one becomes pending (sequential order, before-signers). */
  waitingFor: string[];
  /** The task whose holder added this one with addSigner; added signers must all approve. */
  addedBy?: string;
  dueAt?: Instant;
  doneAt?: Instant;
  action?: TaskAction;
  opinion?: string;
  route?: string;
  /** Set when the task was acted on by someone other than the assignee (a delegate) or by the system on timeout. */
  actedBy?: string;
  transferredTo?: string;
  urgedAt?: Instant;
  remindedAt?: Instant;
  canceledReason?: CancelReason;
}

export type CancelReason = 'decided' | 'returned' | 'rejected' | 'withdrawn' | 'finished';

/** A node currently in progress: an approval/handle node with open tasks. */
export interface Activation {
  nodeId: string;
  round: number;
  enteredAt: Instant;
  dueAt?: Instant;
}

/** One step of the path taken (R25, and the source of legal return targets). */
export interface PathEntry {
  nodeId: string;
  round: number;
  at: Instant;
  /** `passed`: decided or handled; `skipped`: optional / nobody / after finalApprove; `returned`: sent back. */
  outcome: 'entered' | 'passed' | 'skipped' | 'returned' | 'rejected';
  reason?: string;
}

/** The last decision, readable by conditions as `decision`. */
export interface Decision {
  nodeId: string;
  action: TaskAction;
  route?: string;
  by: string;
}

export interface TraceEntry {
  at: Instant;
  actor: string;
  action: string;
  nodeId?: string;
  taskId?: string;
  opinion?: string;
  details?: { [key: string]: string | number | boolean | string[] | null };
}

export interface CcRecord {
  nodeId: string;
  userId: string;
  at: Instant;
}

/** The whole state of one case; plain JSON, persisted by the server as is. */
export interface CaseState {
  format: 1;
  caseId: string;
  definitionKey: string;
  definitionVersion: number;
  status: CaseStatus;
  applicant: Applicant;
  form: { [field: string]: unknown };
  tasks: Task[];
  active: Activation[];
  /** Join node id -> ids of incoming edges that have arrived. */
  joins: { [joinId: string]: string[] };
  path: PathEntry[];
  trace: TraceEntry[];
  ccs: CcRecord[];
  decision?: Decision;
  /** People picked by the last `forward`, read by the next `approverChoice` rule. */
  forwardedTo?: string[];
  /** Set by finalApprove: later approval nodes are skipped; handle, cc and end still run. */
  finalApproved?: boolean;
  /** The node whose return sent the case back to the applicant; resubmit re-enters it. */
  returnedFrom?: string;
  /** Every step that was open when the case went back to the applicant; resubmit re-enters them all. */
  resumeAt?: string[];
  rounds: { [nodeId: string]: number };
  /** Counter for deterministic task ids (`<caseId>/t<seq>`). */
  seq: number;
  createdAt: Instant;
  updatedAt: Instant;
  submittedAt?: Instant;
  finishedAt?: Instant;
}
