import type {
  CaseOutcome,
  CaseView,
  FlowGraph,
  FormSchema,
  ProcessStart,
  TaskCommand,
  TraceEntry,
} from '@flowhall/schema';
import type { Request, RequestOptions } from '../transport';

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
