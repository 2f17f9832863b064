import type { FieldPermissions, FlowGraph, FormSchema, RouteOption } from '@flowhall/schema';
import type { Request, RequestOptions } from '../transport';

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
  can: { withdraw: boolean; resubmit: boolean; submit: boolean; urge: boolean; copy: boolean };
}

export interface TraceEntry {
  at: string;
  actor: { id: number | null; name: string };
  action: string;
  nodeId: string | null;
  nodeName: string | null;
  opinion: string | null;
  details: Record<string, unknown> | null;
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

/** Options for writes: pass an `idempotencyKey` to make a retry safe. */
export type WriteOptions = Pick<RequestOptions, 'idempotencyKey'>;

export interface CasesApi {
  process(key: string): Promise<ProcessStart>;
  create(
    input: { definitionKey: string; form?: Record<string, unknown>; submit?: boolean },
    options?: WriteOptions,
  ): Promise<CaseOutcome>;
  get(id: number): Promise<CaseView>;
  saveDraft(id: number, form: Record<string, unknown>): Promise<CaseOutcome>;
  submit(id: number, formPatch?: Record<string, unknown>, options?: WriteOptions): Promise<CaseOutcome>;
  resubmit(id: number, formPatch?: Record<string, unknown>, options?: WriteOptions): Promise<CaseOutcome>;
  withdraw(id: number, reason?: string): Promise<CaseOutcome>;
  urge(id: number, taskIds: string[]): Promise<CaseOutcome>;
  copy(id: number): Promise<CaseOutcome>;
  trace(id: number): Promise<{ items: TraceEntry[] }>;
  flow(id: number): Promise<{
    flow: FlowGraph;
    path: Array<{ nodeId: string; outcome: string; at: string }>;
    current: string[];
  }>;
  formSchema(id: number): Promise<FormSchema>;
  act(taskId: string, command: TaskCommand, options?: WriteOptions): Promise<CaseOutcome>;
}

const withPatch = (formPatch?: Record<string, unknown>) => (formPatch ? { formPatch } : {});

export function casesApi(request: Request): CasesApi {
  return {
    process: (key) => request('GET', `/api/processes/${encodeURIComponent(key)}`),
    create: (input, options) => request('POST', '/api/cases', input, options),
    get: (id) => request('GET', `/api/cases/${id}`),
    saveDraft: (id, form) => request('PUT', `/api/cases/${id}/form`, { form }),
    submit: (id, formPatch, options) =>
      request('POST', `/api/cases/${id}/submit`, withPatch(formPatch), options),
    resubmit: (id, formPatch, options) =>
      request('POST', `/api/cases/${id}/resubmit`, withPatch(formPatch), options),
    withdraw: (id, reason) => request('POST', `/api/cases/${id}/withdraw`, reason ? { reason } : {}),
    urge: (id, taskIds) => request('POST', `/api/cases/${id}/urge`, { taskIds }),
    copy: (id) => request('POST', `/api/cases/${id}/copy`, {}),
    trace: (id) => request('GET', `/api/cases/${id}/trace`),
    flow: (id) => request('GET', `/api/cases/${id}/flow`),
    formSchema: (id) => request('GET', `/api/cases/${id}/form-schema`),
    act: (taskId, command, options) =>
      request('POST', `/api/tasks/${encodeURIComponent(taskId)}/act`, command, options),
  };
}
